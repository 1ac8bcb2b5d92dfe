package org.skillfund.placement;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.eligibility.EligibilityDecision;
import org.skillfund.eligibility.RuleOutcome;
import org.skillfund.shared.AustralianState;

/**
 * Why a learner may not be enrolled, in words naming every failed rule or the full allocation: the
 * refusal of a single enrolment and the reason of a rejected row of a bulk file.
 */
public final class EnrolmentRefusals {

  /** Rules that read the entitlement ledger: a failure means the learner already holds a place. */
  static final Set<String> LEDGER_RULES = Set.of("JT-ONE", "SE-YEAR", "SE-CONCURRENT", "SE-LEVEL");

  private EnrolmentRefusals() {}

  /** The refusal of a decision that is not eligible, ending with the failed rules' ids. */
  public static String notEligible(EligibilityDecision decision, TrainingProduct course) {
    List<RuleOutcome> failed = decision.outcomes().stream().filter(o -> !o.passed()).toList();
    String rules =
        failed.stream()
            .map(o -> o.ruleId() + " (" + o.title() + "): " + o.explanation())
            .collect(Collectors.joining(" "));
    String ids = failed.stream().map(RuleOutcome::ruleId).collect(Collectors.joining(", "));
    if (failed.stream().anyMatch(o -> o.ruleId().equals("JT-ONE"))) {
      return "The learner already holds a JobTrainer place. " + rules + " [" + ids + "]";
    }
    if (failed.stream().anyMatch(o -> LEDGER_RULES.contains(o.ruleId()))) {
      return "The learner's entitlement does not allow this place. " + rules + " [" + ids + "]";
    }
    return "The learner is not eligible for "
        + course.getCode()
        + " under "
        + decision.ruleSetVersion()
        + ". "
        + rules
        + " ["
        + ids
        + "]";
  }

  /** The refusal when an allocation has no place left (the words of a single enrolment's 409). */
  public static String noPlacesLeft(int places, String courseCode, AustralianState state) {
    return "No places left: all "
        + places
        + " places of this allocation ("
        + courseCode
        + " in "
        + state
        + ") are used.";
  }
}
