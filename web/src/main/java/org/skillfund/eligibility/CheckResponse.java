package org.skillfund.eligibility;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * A stored check as the API shows it.
 *
 * @param id the check's id, for GET .../checks/{id}
 * @param eligible whether every rule passed
 * @param programCode the program
 * @param ruleSetVersion the version that decided it
 * @param maxStudentFeeCents the most the learner may be charged, in cents
 * @param rules every rule's outcome
 */
@JsonbPropertyOrder({
  "id",
  "eligible",
  "programCode",
  "ruleSetVersion",
  "maxStudentFeeCents",
  "rules"
})
public record CheckResponse(
    String id,
    boolean eligible,
    String programCode,
    String ruleSetVersion,
    long maxStudentFeeCents,
    List<RuleView> rules) {

  /**
   * One rule's outcome.
   *
   * @param id rule id
   * @param title what the rule asks
   * @param passed whether the learner meets it
   * @param explanation why, from the learner's facts
   * @param reference guideline and clause
   * @param remedy for a failed rule, what simple change would meet it; absent when none
   */
  @JsonbPropertyOrder({"id", "title", "passed", "explanation", "reference", "remedy"})
  public record RuleView(
      String id,
      String title,
      boolean passed,
      String explanation,
      String reference,
      String remedy) {}

  static CheckResponse of(EligibilityCheck check) {
    EligibilityDecision d = check.decision();
    return new CheckResponse(
        check.getId(),
        d.eligible(),
        d.programCode(),
        d.ruleSetVersion(),
        d.maxStudentFeeCents(),
        d.outcomes().stream()
            .map(
                o ->
                    new RuleView(
                        o.ruleId(),
                        o.title(),
                        o.passed(),
                        o.explanation(),
                        o.reference(),
                        o.remedy()))
            .toList());
  }
}
