package org.skillfund.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One stored parameter of a rule set: its name, value and source. */
@Embeddable
public class RuleParameterValue {

  @Column(name = "name", length = 60, nullable = false)
  private String name;

  @Column(name = "param_value", length = 1000, nullable = false)
  private String value;

  @Column(name = "source", length = 500, nullable = false)
  private String source;

  protected RuleParameterValue() {}

  RuleParameterValue(RuleParameters.Parameter parameter) {
    this.name = parameter.name();
    this.value = parameter.value();
    this.source = parameter.source();
  }

  RuleParameters.Parameter toParameter() {
    return new RuleParameters.Parameter(name, value, source);
  }
}
