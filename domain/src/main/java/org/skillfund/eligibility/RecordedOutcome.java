package org.skillfund.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One rule's outcome as stored with a check, so the decision can be explained later unchanged. */
@Embeddable
public class RecordedOutcome {

  @Column(name = "rule_id", length = 30, nullable = false)
  private String ruleId;

  @Column(name = "title", length = 300, nullable = false)
  private String title;

  @Column(name = "passed", nullable = false)
  private boolean passed;

  @Column(name = "explanation", length = 2000, nullable = false)
  private String explanation;

  @Column(name = "reference", length = 500, nullable = false)
  private String reference;

  @Column(name = "remedy", length = 500)
  private String remedy;

  protected RecordedOutcome() {}

  RecordedOutcome(RuleOutcome outcome) {
    this.ruleId = outcome.ruleId();
    this.title = outcome.title();
    this.passed = outcome.passed();
    this.explanation = outcome.explanation();
    this.reference = outcome.reference();
    this.remedy = outcome.remedy();
  }

  public RuleOutcome toOutcome() {
    return new RuleOutcome(ruleId, title, passed, explanation, reference, remedy);
  }
}
