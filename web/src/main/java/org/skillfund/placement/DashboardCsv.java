package org.skillfund.placement;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The program dashboard as one CSV table (RFC 4180: CRLF line ends, fields with a comma, quote or
 * line break quoted, quotes doubled), one measure per row so that every row has the same columns:
 * {@code program,section,state,stream,status,measure,value}. Money is in dollars with two decimals.
 */
final class DashboardCsv {

  static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

  private static final String CRLF = "\r\n";

  private final StringBuilder out = new StringBuilder();
  private final String program;

  private DashboardCsv(String program) {
    this.program = program;
  }

  static byte[] of(ProgramDashboard d) {
    DashboardCsv csv = new DashboardCsv(d.programCode());
    csv.row(List.of("program", "section", "state", "stream", "status", "measure", "value"));
    for (ProgramDashboard.BudgetLine b : d.budgets()) {
      String state = b.state().name();
      csv.measure("budget", state, b.streamCode(), "", "budget_dollars", b.budgetCents());
      csv.measure("budget", state, b.streamCode(), "", "committed_dollars", b.committedCents());
      csv.measure("budget", state, b.streamCode(), "", "spent_dollars", b.spentCents());
      csv.measure("budget", state, b.streamCode(), "", "remaining_dollars", b.remainingCents());
    }
    for (ProgramDashboard.StatePlaces p : d.places()) {
      csv.plain("places", p.state().name(), "", "", "allocated", Long.toString(p.allocated()));
      csv.plain("places", p.state().name(), "", "", "target", Long.toString(p.target()));
    }
    for (ProgramDashboard.StatusCount s : d.applications()) {
      csv.plain("applications", "", "", s.status().name(), "count", Long.toString(s.count()));
    }
    ProgramDashboard.DecisionTimes t = d.decisions();
    csv.plain("time_to_decision", "", "", "", "decided", Long.toString(t.decided()));
    csv.plain("time_to_decision", "", "", "", "mean_days", Double.toString(t.meanDays()));
    csv.plain("time_to_decision", "", "", "", "median_days", Double.toString(t.medianDays()));
    return csv.out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void measure(
      String section, String state, String stream, String status, String measure, long cents) {
    plain(section, state, stream, status, measure, DashboardLabels.dollars(cents));
  }

  private void plain(
      String section, String state, String stream, String status, String measure, String value) {
    row(List.of(program, section, state, stream, status, measure, value));
  }

  private void row(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append(CRLF);
  }

  /** One field, quoted when RFC 4180 needs it. */
  static String field(String value) {
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\r")
        || value.contains("\n")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
