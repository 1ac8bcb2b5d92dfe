package org.skillfund.placement;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.PageMessages;

/**
 * The program dashboard page: budgets by state and stream, places against targets, applications by
 * workflow state and time to decision, with charts drawn as SVG and links to the exports.
 */
@Named
@ViewScoped
public class ProgramDashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DashboardService dashboards;

  private String code;
  private ProgramDashboard dashboard;
  private BarChart budgetChart;
  private BarChart placesChart;
  private BarChart applicationsChart;

  /** Reads the dashboard of the program in the address; an unknown program answers 404. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      dashboard = dashboards.program(code);
    } catch (NotFoundException missing) {
      faces.getExternalContext().responseSendError(404, "No such program");
      faces.responseComplete();
      return;
    } catch (EJBAccessException refused) {
      faces.getExternalContext().responseSendError(403, "Not allowed");
      faces.responseComplete();
      return;
    }
    PageMessages messages = PageMessages.current();
    budgetChart =
        BarChart.of(
            dashboard.byState().stream()
                .map(
                    t ->
                        new BarChart.Item(
                            t.label(),
                            t.budgetCents(),
                            t.committedCents(),
                            messages.text(
                                "dashboard.chart.budget.row",
                                DashboardLabels.money(t.committedCents()),
                                DashboardLabels.money(t.budgetCents()))))
                .toList(),
            false);
    placesChart =
        BarChart.of(
            dashboard.places().stream()
                .map(
                    p ->
                        new BarChart.Item(
                            p.state().name(),
                            p.target(),
                            p.allocated(),
                            messages.text(
                                "dashboard.chart.places.row",
                                DashboardLabels.count(p.allocated()),
                                DashboardLabels.count(p.target()),
                                p.percentOfTarget())))
                .toList(),
            true);
    long most =
        dashboard.applications().stream()
            .mapToLong(ProgramDashboard.StatusCount::count)
            .max()
            .orElse(0);
    applicationsChart =
        BarChart.of(
            dashboard.applications().stream()
                .map(
                    s ->
                        new BarChart.Item(
                            "", most, s.count(), messages.text("placeApp.status." + s.status())))
                .toList(),
            false);
  }

  public String money(long cents) {
    return DashboardLabels.money(cents);
  }

  public String count(long n) {
    return DashboardLabels.count(n);
  }

  public String when() {
    return DashboardLabels.when(dashboard.asOf());
  }

  /** The dashboard as a CSV file, read again now. */
  public StreamedContent getCsv() {
    ProgramDashboard now = dashboards.program(code);
    return download(DashboardCsv.of(now), DashboardCsv.MEDIA_TYPE, "csv");
  }

  /** The dashboard as an XLSX workbook, read again now. */
  public StreamedContent getXlsx() {
    ProgramDashboard now = dashboards.program(code);
    return download(
        DashboardSpreadsheet.of(now, new DashboardLabels()),
        DashboardSpreadsheet.MEDIA_TYPE,
        "xlsx");
  }

  /** The dashboard's PDF summary, read again now. */
  public StreamedContent getPdf() {
    ProgramDashboard now = dashboards.program(code);
    return download(DashboardPdf.of(now, new DashboardLabels()), DashboardPdf.MEDIA_TYPE, "pdf");
  }

  private StreamedContent download(byte[] content, String mediaType, String extension) {
    return DefaultStreamedContent.builder()
        .name(DashboardResource.fileName(code, extension))
        .contentType(mediaType)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  public List<ProgramDashboard.Totals> getByStream() {
    return dashboard.byStream();
  }

  public List<ProgramDashboard.Totals> getByState() {
    return dashboard.byState();
  }

  public ProgramDashboard.Totals getTotals() {
    return dashboard.totals();
  }

  public ProgramDashboard getDashboard() {
    return dashboard;
  }

  public BarChart getBudgetChart() {
    return budgetChart;
  }

  public BarChart getPlacesChart() {
    return placesChart;
  }

  public BarChart getApplicationsChart() {
    return applicationsChart;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
