package org.skillfund.eligibility;

import java.util.List;

/**
 * A funding program's eligibility logic: its rules, in the order they are reported, and its fee.
 */
public interface Program {

  String code();

  List<Rule> rules();

  /** The most an eligible learner may be charged for the case's course, in cents. */
  long maxStudentFeeCents(EligibilityCase eligibilityCase, RuleParameters parameters);
}
