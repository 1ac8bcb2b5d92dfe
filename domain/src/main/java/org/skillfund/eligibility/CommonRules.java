package org.skillfund.eligibility;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Rules several programs share, each program giving its own id, reference and words. */
final class CommonRules {

  private CommonRules() {}

  /**
   * The learner's residency is one the program funds ({@code residency.eligible}).
   *
   * @param refusal what to tell a learner whose residency does not qualify, after "You are ..."
   */
  record ResidencyRule(String id, String title, String reference, String refusal) implements Rule {
    @Override
    public RuleOutcome evaluate(EligibilityCase c, RuleParameters p) {
      Residency residency = c.learner().residency();
      boolean eligible = p.set("residency.eligible").contains(residency.name());
      return outcome(
          eligible,
          "You are " + residency.words() + (eligible ? ", which this program accepts." : refusal));
    }

    @Override
    public Optional<Remedy> remedy(EligibilityCase c, RuleParameters p) {
      Set<String> eligible = p.set("residency.eligible");
      return Arrays.stream(Residency.values())
          .filter(r -> eligible.contains(r.name()))
          .findFirst()
          .map(
              r ->
                  new Remedy(
                      "If you were " + r.words() + ", you would meet this rule.",
                      Cases.withLearner(c, Cases.learner(c).residency(r))));
    }
  }

  /**
   * The learner has left school.
   *
   * @param refusal what to tell a school student
   */
  record NotAtSchool(String id, String reference, String refusal) implements Rule {
    @Override
    public String title() {
      return "You are not still at school";
    }

    @Override
    public RuleOutcome evaluate(EligibilityCase c, RuleParameters p) {
      boolean atSchool = c.learner().schoolStudent();
      return outcome(!atSchool, atSchool ? refusal : "You are not a school student.");
    }

    @Override
    public Optional<Remedy> remedy(EligibilityCase c, RuleParameters p) {
      return Optional.of(
          new Remedy(
              "Once you have left school, you would meet this rule.",
              Cases.withLearner(c, Cases.learner(c).schoolStudent(false))));
    }
  }
}
