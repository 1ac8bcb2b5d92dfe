package org.skillfund.placement;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The program dashboard's one-page summary as a PDF written with OpenPDF: totals, budgets by stream
 * and by state, places against targets, applications by workflow state and time to decision. Uses
 * the standard PDF fonts, so no font files are needed on the server.
 */
final class DashboardPdf {

  static final String MEDIA_TYPE = "application/pdf";

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
  private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
  private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);

  private final DashboardLabels labels;
  private final Document document = new Document(PageSize.A4, 40, 40, 40, 40);

  private DashboardPdf(DashboardLabels labels) {
    this.labels = labels;
  }

  static byte[] of(ProgramDashboard d, DashboardLabels labels) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DashboardPdf pdf = new DashboardPdf(labels);
    try {
      PdfWriter.getInstance(pdf.document, out);
      pdf.document.addTitle(labels.text("dashboard.pdf.title", d.programCode()));
      pdf.document.addCreator("Skillfund");
      pdf.document.open();
      pdf.write(d);
    } catch (DocumentException e) {
      throw new IllegalStateException("The dashboard PDF could not be written", e);
    } finally {
      if (pdf.document.isOpen()) {
        pdf.document.close();
      }
    }
    return out.toByteArray();
  }

  private void write(ProgramDashboard d) throws DocumentException {
    document.add(new Paragraph(labels.text("dashboard.pdf.title", d.programCode()), TITLE));
    document.add(new Paragraph(d.programName(), BODY));
    document.add(
        new Paragraph(labels.text("dashboard.asOf", DashboardLabels.when(d.asOf())), BODY));

    heading("dashboard.budget.heading");
    PdfPTable money =
        table(
            List.of(
                "dashboard.col.stream",
                "dashboard.col.budget",
                "dashboard.col.committed",
                "dashboard.col.spent",
                "dashboard.col.remaining"),
            new float[] {3, 2, 2, 2, 2});
    for (ProgramDashboard.Totals t : d.byStream()) {
      moneyRow(money, t.label(), t, BODY);
    }
    moneyRow(money, labels.text("dashboard.total"), d.totals(), BOLD);
    document.add(money);

    heading("dashboard.byState.heading");
    PdfPTable states =
        table(
            List.of(
                "dashboard.col.state",
                "dashboard.col.budget",
                "dashboard.col.committed",
                "dashboard.col.spent",
                "dashboard.col.remaining"),
            new float[] {3, 2, 2, 2, 2});
    for (ProgramDashboard.Totals t : d.byState()) {
      moneyRow(states, t.label(), t, BODY);
    }
    document.add(states);

    heading("dashboard.places.heading");
    PdfPTable places =
        table(
            List.of(
                "dashboard.col.state",
                "dashboard.col.allocated",
                "dashboard.col.target",
                "dashboard.col.percent"),
            new float[] {3, 2, 2, 2});
    for (ProgramDashboard.StatePlaces p : d.places()) {
      cell(places, p.state().name(), BODY, Element.ALIGN_LEFT);
      cell(places, DashboardLabels.count(p.allocated()), BODY, Element.ALIGN_RIGHT);
      cell(places, DashboardLabels.count(p.target()), BODY, Element.ALIGN_RIGHT);
      cell(places, p.percentOfTarget() + " %", BODY, Element.ALIGN_RIGHT);
    }
    document.add(places);

    heading("dashboard.applications.heading");
    PdfPTable applications =
        table(List.of("dashboard.col.status", "dashboard.col.count"), new float[] {4, 2});
    for (ProgramDashboard.StatusCount s : d.applications()) {
      cell(applications, labels.status(s.status()), BODY, Element.ALIGN_LEFT);
      cell(applications, DashboardLabels.count(s.count()), BODY, Element.ALIGN_RIGHT);
    }
    document.add(applications);

    heading("dashboard.decisions.heading");
    ProgramDashboard.DecisionTimes t = d.decisions();
    document.add(
        new Paragraph(
            labels.text("dashboard.decisions.text", t.decided(), t.meanDays(), t.medianDays()),
            BODY));
  }

  private void heading(String key) throws DocumentException {
    Paragraph p = new Paragraph(labels.text(key), HEADING);
    p.setSpacingBefore(12);
    p.setSpacingAfter(4);
    document.add(p);
  }

  private PdfPTable table(List<String> headerKeys, float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (int i = 0; i < headerKeys.size(); i++) {
      PdfPCell c = new PdfPCell(new Phrase(labels.text(headerKeys.get(i)), BOLD));
      c.setBackgroundColor(HEADER_FILL);
      c.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
      table.addCell(c);
    }
    return table;
  }

  private static void moneyRow(PdfPTable table, String label, ProgramDashboard.Totals t, Font f) {
    cell(table, label, f, Element.ALIGN_LEFT);
    cell(table, DashboardLabels.money(t.budgetCents()), f, Element.ALIGN_RIGHT);
    cell(table, DashboardLabels.money(t.committedCents()), f, Element.ALIGN_RIGHT);
    cell(table, DashboardLabels.money(t.spentCents()), f, Element.ALIGN_RIGHT);
    cell(table, DashboardLabels.money(t.remainingCents()), f, Element.ALIGN_RIGHT);
  }

  private static void cell(PdfPTable table, String text, Font font, int alignment) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setHorizontalAlignment(alignment);
    table.addCell(c);
  }
}
