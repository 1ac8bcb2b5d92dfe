package org.skillfund.placement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The program dashboard as an XLSX workbook written with Apache POI: a sheet each for budgets,
 * places, applications and time to decision, money as numbers in dollars with a currency format so
 * that the spreadsheet can sum them.
 */
final class DashboardSpreadsheet {

  static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final int CHARACTER_WIDTH = 256;

  private final XSSFWorkbook book = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle money;
  private final CellStyle count;
  private final CellStyle days;
  private final DashboardLabels labels;

  private DashboardSpreadsheet(DashboardLabels labels) {
    this.labels = labels;
    Font bold = book.createFont();
    bold.setBold(true);
    header = book.createCellStyle();
    header.setFont(bold);
    money = book.createCellStyle();
    money.setDataFormat(book.createDataFormat().getFormat("\"$\"#,##0.00"));
    count = book.createCellStyle();
    count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
    days = book.createCellStyle();
    days.setDataFormat(book.createDataFormat().getFormat("0.0"));
  }

  static byte[] of(ProgramDashboard d, DashboardLabels labels) {
    DashboardSpreadsheet s = new DashboardSpreadsheet(labels);
    try (XSSFWorkbook book = s.book) {
      s.budgets(d);
      s.places(d);
      s.applications(d);
      s.decisions(d);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void budgets(ProgramDashboard d) {
    Sheet sheet =
        sheet(
            labels.text("dashboard.sheet.budgets"),
            List.of(
                "dashboard.col.state",
                "dashboard.col.stream",
                "dashboard.col.budget",
                "dashboard.col.committed",
                "dashboard.col.spent",
                "dashboard.col.remaining"),
            new int[] {10, 32, 18, 18, 18, 18});
    int r = 1;
    for (ProgramDashboard.BudgetLine b : d.budgets()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(b.state().name());
      row.createCell(1).setCellValue(b.streamName());
      money(row, 2, b.budgetCents());
      money(row, 3, b.committedCents());
      money(row, 4, b.spentCents());
      money(row, 5, b.remainingCents());
    }
    ProgramDashboard.Totals t = d.totals();
    Row total = sheet.createRow(r);
    total.createCell(0).setCellValue(labels.text("dashboard.total"));
    total.getCell(0).setCellStyle(header);
    money(total, 2, t.budgetCents());
    money(total, 3, t.committedCents());
    money(total, 4, t.spentCents());
    money(total, 5, t.remainingCents());
  }

  private void places(ProgramDashboard d) {
    Sheet sheet =
        sheet(
            labels.text("dashboard.sheet.places"),
            List.of("dashboard.col.state", "dashboard.col.allocated", "dashboard.col.target"),
            new int[] {10, 14, 14});
    int r = 1;
    for (ProgramDashboard.StatePlaces p : d.places()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(p.state().name());
      number(row, 1, p.allocated(), count);
      number(row, 2, p.target(), count);
    }
  }

  private void applications(ProgramDashboard d) {
    Sheet sheet =
        sheet(
            labels.text("dashboard.sheet.applications"),
            List.of("dashboard.col.status", "dashboard.col.count"),
            new int[] {30, 12});
    int r = 1;
    for (ProgramDashboard.StatusCount s : d.applications()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(labels.status(s.status()));
      number(row, 1, s.count(), count);
    }
  }

  private void decisions(ProgramDashboard d) {
    Sheet sheet =
        sheet(
            labels.text("dashboard.sheet.decisions"),
            List.of("dashboard.col.decided", "dashboard.col.meanDays", "dashboard.col.medianDays"),
            new int[] {14, 16, 16});
    Row row = sheet.createRow(1);
    number(row, 0, d.decisions().decided(), count);
    number(row, 1, d.decisions().meanDays(), days);
    number(row, 2, d.decisions().medianDays(), days);
  }

  /** A sheet with a bold header row of the given bundle keys and column widths in characters. */
  private Sheet sheet(String name, List<String> headerKeys, int[] widths) {
    Sheet sheet = book.createSheet(name);
    Row row = sheet.createRow(0);
    for (int i = 0; i < headerKeys.size(); i++) {
      row.createCell(i).setCellValue(labels.text(headerKeys.get(i)));
      row.getCell(i).setCellStyle(header);
      sheet.setColumnWidth(i, widths[i] * CHARACTER_WIDTH);
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }

  private void money(Row row, int column, long cents) {
    number(row, column, cents / 100.0, money);
  }

  private static void number(Row row, int column, double value, CellStyle style) {
    row.createCell(column).setCellValue(value);
    row.getCell(column).setCellStyle(style);
  }
}
