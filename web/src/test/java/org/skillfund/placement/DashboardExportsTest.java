package org.skillfund.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.placement.ProgramDashboard.BudgetLine;
import org.skillfund.shared.AustralianState;

class DashboardExportsTest {

  private final ProgramDashboard dashboard =
      new ProgramDashboard(
          "JT-2026",
          "JobTrainer, \"demo\"",
          500_000_000,
          Instant.parse("2026-11-26T10:00:00Z"),
          List.of(
              new BudgetLine(
                  AustralianState.NSW,
                  "QUALIFICATIONS",
                  "Full, qualifications",
                  1_000_00,
                  400_50,
                  0),
              new BudgetLine(
                  AustralianState.VIC, "QUALIFICATIONS", "Full, qualifications", 500, 0, 0)),
          List.of(new ProgramDashboard.StatePlaces(AustralianState.NSW, 40, 108_600)),
          List.of(
              new ProgramDashboard.StatusCount(PlaceApplicationStatus.SUBMITTED, 2),
              new ProgramDashboard.StatusCount(PlaceApplicationStatus.APPROVED, 1)),
          new ProgramDashboard.DecisionTimes(1, 2.5, 2.5));

  @Test
  @DisplayName("CSV fields with a comma, quote or line break are quoted and quotes doubled")
  void quoting() {
    assertEquals("plain", DashboardCsv.field("plain"));
    assertEquals("\"a,b\"", DashboardCsv.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", DashboardCsv.field("say \"hi\""));
    assertEquals("\"two\r\nlines\"", DashboardCsv.field("two\r\nlines"));
  }

  @Test
  @DisplayName("CSV: a header and seven fields on every CRLF-ended row, dollars with two decimals")
  void csv() {
    String text = new String(DashboardCsv.of(dashboard), StandardCharsets.UTF_8);
    List<String> rows = List.of(text.split("\r\n"));
    assertEquals("program,section,state,stream,status,measure,value", rows.get(0));
    assertTrue(rows.contains("JT-2026,budget,NSW,QUALIFICATIONS,,committed_dollars,400.50"), text);
    assertTrue(rows.contains("JT-2026,places,NSW,,,target,108600"), text);
    assertTrue(rows.contains("JT-2026,applications,,,SUBMITTED,count,2"), text);
    assertTrue(rows.contains("JT-2026,time_to_decision,,,,median_days,2.5"), text);
    rows.forEach(r -> assertEquals(7, r.split(",", -1).length, r));
  }

  @Test
  @DisplayName("XLSX: four sheets; money as numbers in dollars; a total row")
  void xlsx() throws IOException {
    byte[] bytes = DashboardSpreadsheet.of(dashboard, new DashboardLabels());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertEquals(4, book.getNumberOfSheets());
      var budgets = book.getSheet("Budgets");
      assertEquals("Full, qualifications", budgets.getRow(1).getCell(1).getStringCellValue());
      assertEquals(400.50, budgets.getRow(1).getCell(3).getNumericCellValue(), 0.001);
      assertEquals("Total", budgets.getRow(3).getCell(0).getStringCellValue());
      assertEquals(1_005.00, budgets.getRow(3).getCell(2).getNumericCellValue(), 0.001);
      assertEquals(
          "Submitted", book.getSheet("Applications").getRow(1).getCell(0).getStringCellValue());
    }
  }

  @Test
  @DisplayName("PDF: a document starting with %PDF-")
  void pdf() {
    byte[] bytes = DashboardPdf.of(dashboard, new DashboardLabels());
    assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
    assertTrue(bytes.length > 1000);
  }

  @Test
  @DisplayName("export file names keep only safe characters")
  void fileName() {
    assertEquals("JT-2026-dashboard.csv", DashboardResource.fileName("JT-2026", "csv"));
    assertEquals("a_b-dashboard.pdf", DashboardResource.fileName("a\"b", "pdf"));
  }
}
