package org.skillfund.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.eligibility.CourseFacts;
import org.skillfund.eligibility.EligibilityCase;
import org.skillfund.eligibility.EligibilityDecision;
import org.skillfund.eligibility.FundedStart;
import org.skillfund.eligibility.RuleSetVersion;

/**
 * Decides the rows of one chunk of a bulk enrolment file in file order, as single enrolments one
 * after the other would: each row's learner is checked against the program's rules in force on the
 * start date with the ledger as it stands plus the starts of the rows accepted before it (so the
 * same learner twice is refused by the rule the second start breaks), and an eligible row takes a
 * place while the allocation has one. No I/O: the caller has locked the learners and allocations
 * and read their ledger and places.
 */
public final class BulkEnrolmentPlan {

  /**
   * A well-formed row matched to the caller's allocation, with what its check needs.
   *
   * @param ruleProgramCode the eligibility program the funding program applies (e.g. JOBTRAINER)
   * @param rules the version of those rules in force on the row's start date
   */
  public record Candidate(
      EnrolmentRow row,
      Allocation allocation,
      TrainingProduct course,
      String ruleProgramCode,
      RuleSetVersion rules) {}

  /**
   * A candidate's outcome: accepted (with its case, decision and the funded start it takes) or
   * refused (with why).
   */
  public record Decided(
      Candidate candidate,
      EligibilityCase eligibilityCase,
      EligibilityDecision decision,
      FundedStart start,
      String refusal) {

    public boolean accepted() {
      return refusal == null;
    }
  }

  private BulkEnrolmentPlan() {}

  /**
   * Decides every candidate in order.
   *
   * @param ledger each learner's funded starts as stored (learners without any may be missing)
   * @param placesLeft places left per allocation id, as locked
   */
  public static List<Decided> decide(
      List<Candidate> candidates,
      Map<String, List<FundedStart>> ledger,
      Map<String, Integer> placesLeft) {
    Map<String, List<FundedStart>> starts = new HashMap<>();
    ledger.forEach((usi, list) -> starts.put(usi, new ArrayList<>(list)));
    Map<String, Integer> left = new HashMap<>(placesLeft);
    List<Decided> decided = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      EnrolmentRow row = c.row();
      List<FundedStart> known = starts.computeIfAbsent(row.usi(), u -> new ArrayList<>());
      EligibilityCase eligibilityCase =
          new EligibilityCase(
              row.state(), CourseFacts.of(c.course()), row.startDate(), row.facts(), known);
      EligibilityDecision decision = c.rules().decide(eligibilityCase);
      if (!decision.eligible()) {
        decided.add(
            new Decided(
                c,
                eligibilityCase,
                decision,
                null,
                EnrolmentRefusals.notEligible(decision, c.course())));
        continue;
      }
      String allocationId = c.allocation().getId();
      int places = left.getOrDefault(allocationId, 0);
      if (places <= 0) {
        decided.add(
            new Decided(
                c,
                eligibilityCase,
                decision,
                null,
                EnrolmentRefusals.noPlacesLeft(
                    c.allocation().getPlaces(), c.allocation().getCourseCode(), row.state())));
        continue;
      }
      left.put(allocationId, places - 1);
      CourseFacts facts = CourseFacts.of(c.course());
      FundedStart start =
          new FundedStart(
              c.ruleProgramCode(),
              c.course().getCode(),
              facts.isQualification(),
              facts.aqfLevel(),
              row.startDate(),
              null);
      known.add(start);
      decided.add(new Decided(c, eligibilityCase, decision, start, null));
    }
    return decided;
  }

  /** How many places each allocation gives to the accepted rows. */
  public static Map<String, Integer> placesTaken(List<Decided> decided) {
    Map<String, Integer> taken = new HashMap<>();
    for (Decided d : decided) {
      if (d.accepted()) {
        taken.merge(d.candidate().allocation().getId(), 1, Integer::sum);
      }
    }
    return taken;
  }
}
