package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.DeployedSkillfund;

@DisplayName("Program dashboard over REST: JSON, CSV, XLSX and PDF agree with the budgets")
class DashboardApiIT extends DeployedSkillfund {

  private static final String PROGRAM = "api/v1/programs/JT-2026";
  private static final String DASHBOARD = PROGRAM + "/dashboard";

  private final Api manager = Api.as(baseUrl(), "manager", Api.DEMO_PASSWORD);

  /** The program's budgets as its own endpoint shows them: "STATE/STREAM" to committed cents. */
  private Map<String, Long> committedByBudget() {
    Api.Reply program = manager.get(PROGRAM);
    assertEquals(200, program.status(), program.body());
    Map<String, Long> committed = new HashMap<>();
    for (JsonNode b : program.json().get("budgets")) {
      committed.put(
          b.get("state").asText() + "/" + b.get("streamCode").asText(),
          b.get("committedCents").asLong());
    }
    return committed;
  }

  @Test
  @DisplayName("JSON: every budget's committed amount is the program's, totals add up, all states")
  void json() {
    Map<String, Long> expected = committedByBudget();
    Api.Reply reply = manager.get(DASHBOARD);
    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    JsonNode d = reply.json();
    assertEquals("JT-2026", d.get("programCode").asText());
    Map<String, Long> shown = new HashMap<>();
    long committed = 0;
    long budget = 0;
    long remaining = 0;
    for (JsonNode b : d.get("budgets")) {
      shown.put(
          b.get("state").asText() + "/" + b.get("streamCode").asText(),
          b.get("committedCents").asLong());
      committed += b.get("committedCents").asLong();
      budget += b.get("budgetCents").asLong();
      remaining += b.get("remainingCents").asLong();
      assertEquals(
          b.get("budgetCents").asLong() - b.get("committedCents").asLong(),
          b.get("remainingCents").asLong());
    }
    assertEquals(expected, shown);
    assertEquals(16, shown.size(), "8 states x 2 streams");
    assertEquals(committed, d.get("totals").get("committedCents").asLong());
    assertEquals(budget, d.get("totals").get("budgetCents").asLong());
    assertEquals(remaining, d.get("totals").get("remainingCents").asLong());
    assertTrue(committed > 0, "the demo application commits money");
    assertEquals(8, d.get("places").size());
    assertEquals(108_600, placesOf(d, "NSW").get("target").asLong());
    assertTrue(placesOf(d, "NSW").get("allocated").asLong() >= 40, "demo: 40 CHC33021 in NSW");
    assertEquals(8, d.get("applications").size(), "every workflow state, zeros included");
    assertTrue(d.get("timeToDecision").get("decided").asLong() >= 1);
  }

  private static JsonNode placesOf(JsonNode dashboard, String state) {
    for (JsonNode p : dashboard.get("places")) {
      if (p.get("state").asText().equals(state)) {
        return p;
      }
    }
    throw new AssertionError("no places row for " + state);
  }

  @Test
  @DisplayName("CSV: RFC 4180 table, one measure per row, committed dollars match the budgets")
  void csv() {
    Map<String, Long> expected = committedByBudget();
    HttpResponse<byte[]> reply = manager.getBytes(DASHBOARD + ".csv");
    assertEquals(200, reply.statusCode());
    assertTrue(header(reply, "Content-Type").startsWith("text/csv"), header(reply, "Content-Type"));
    assertEquals(
        "attachment; filename=\"JT-2026-dashboard.csv\"", header(reply, "Content-Disposition"));
    String text = new String(reply.body(), StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\r\n"), "CRLF line ends");
    List<String> lines = List.of(text.split("\r\n"));
    assertEquals("program,section,state,stream,status,measure,value", lines.get(0));
    Map<String, Long> shown = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      assertEquals(7, f.length, line);
      if (f[1].equals("budget") && f[5].equals("committed_dollars")) {
        shown.put(f[2] + "/" + f[3], new BigDecimal(f[6]).movePointRight(2).longValueExact());
      }
    }
    assertEquals(expected, shown);
    assertTrue(text.contains("JT-2026,places,NSW,,,target,108600\r\n"), text);
  }

  @Test
  @DisplayName("XLSX: opens with Apache POI; the budgets sheet's committed column matches")
  void xlsx() throws IOException {
    Map<String, Long> expected = committedByBudget();
    HttpResponse<byte[]> reply = manager.getBytes(DASHBOARD + ".xlsx");
    assertEquals(200, reply.statusCode());
    // the server adds its default ";charset=UTF-8" to every type (house rule: assert the start)
    assertTrue(
        header(reply, "Content-Type")
            .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        header(reply, "Content-Type"));
    assertEquals(
        "attachment; filename=\"JT-2026-dashboard.xlsx\"", header(reply, "Content-Disposition"));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
      assertEquals(
          List.of("Budgets", "Places", "Applications", "Time to decision"),
          List.of(
              book.getSheetName(0),
              book.getSheetName(1),
              book.getSheetName(2),
              book.getSheetName(3)));
      Sheet budgets = book.getSheet("Budgets");
      assertEquals("Committed", budgets.getRow(0).getCell(3).getStringCellValue());
      long committed = 0;
      int rows = 0;
      for (Row row : budgets) {
        if (row.getRowNum() == 0 || row.getRowNum() > expected.size()) {
          continue;
        }
        rows++;
        committed += Math.round(row.getCell(3).getNumericCellValue() * 100);
      }
      assertEquals(expected.size(), rows);
      assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(), committed);
      Row total = budgets.getRow(expected.size() + 1);
      assertEquals("Total", total.getCell(0).getStringCellValue());
      assertEquals(committed, Math.round(total.getCell(3).getNumericCellValue() * 100));
    }
  }

  @Test
  @DisplayName("PDF: a PDF document named after the program")
  void pdf() {
    HttpResponse<byte[]> reply = manager.getBytes(DASHBOARD + ".pdf");
    assertEquals(200, reply.statusCode());
    assertTrue(
        header(reply, "Content-Type").startsWith("application/pdf"), header(reply, "Content-Type"));
    assertEquals(
        "attachment; filename=\"JT-2026-dashboard.pdf\"", header(reply, "Content-Disposition"));
    String start = new String(reply.body(), 0, 5, StandardCharsets.US_ASCII);
    assertEquals("%PDF-", start);
    assertTrue(reply.body().length > 1000, "a real document");
  }

  @Test
  @DisplayName(
      "officers, delegates and auditors read it; provider users are refused; unknown is 404")
  void whoMayRead() {
    for (String user : List.of("officer", "delegate", "auditor")) {
      Api.Reply reply = Api.as(baseUrl(), user, Api.DEMO_PASSWORD).get(DASHBOARD);
      assertEquals(200, reply.status(), user + ": " + reply.body());
    }
    Api.Reply provider = Api.as(baseUrl(), "provider-a", Api.DEMO_PASSWORD).get(DASHBOARD);
    assertEquals(403, provider.status(), provider.body());
    assertTrue(provider.contentType().startsWith("application/problem+json"));
    Api.Reply missing = manager.get("api/v1/programs/NO-SUCH/dashboard.csv");
    assertEquals(404, missing.status(), missing.body());
    assertTrue(missing.contentType().startsWith("application/problem+json"));
    Api.Reply budgets = manager.get("api/v1/programs/JT-2026/budget-versions");
    assertEquals(200, budgets.status(), "the program's other addresses still answer");
  }

  private static String header(HttpResponse<?> reply, String name) {
    return reply.headers().firstValue(name).orElse("");
  }
}
