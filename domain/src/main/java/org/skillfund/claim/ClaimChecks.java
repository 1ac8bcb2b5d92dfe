package org.skillfund.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.skillfund.placement.EnrolmentStatus;
import org.skillfund.shared.SchemeDate;

/**
 * The automatic checks an officer's validation runs on a claim, each passed or failed with words;
 * and the start-date rule a submission obeys ({@link #tooEarly}): the department pays for no part
 * of a course that has not started.
 *
 * @param enrolmentStatus the enrolment's status now
 * @param learnerConfirmed whether the learner confirmed the enrolment
 * @param startDate the course start date
 * @param periodFrom first day of the allocation's period
 * @param periodTo last day of the allocation's period
 * @param otherClaimsOfThePart claims of the same enrolment and part other than this one
 * @param stillEligible whether the learner is still eligible on the start date (rules in force now)
 * @param eligibilityWords why not, when not
 * @param providerApproved whether the provider is approved (not suspended or revoked)
 * @param today today where the scheme runs (Australia/Sydney)
 */
public record ClaimChecks(
    ClaimKind kind,
    EnrolmentStatus enrolmentStatus,
    boolean learnerConfirmed,
    LocalDate startDate,
    LocalDate periodFrom,
    LocalDate periodTo,
    long otherClaimsOfThePart,
    boolean stillEligible,
    String eligibilityWords,
    boolean providerApproved,
    LocalDate today) {

  /**
   * One check's result.
   *
   * @param id stable name, e.g. CONFIRMED
   * @param passed whether it passed
   * @param words what was found
   */
  public record Check(String id, boolean passed, String words) {}

  /**
   * Why the {@code kind} part of an enrolment whose course starts on {@code startDate} cannot be
   * claimed {@code today}, in words naming that day; null from the start date on. (A completion
   * needs a completed enrolment, which needs the start date too; the rule covers it all the same.)
   */
  public static String tooEarly(ClaimKind kind, LocalDate startDate, LocalDate today) {
    if (!today.isBefore(startDate)) {
      return null;
    }
    return "The course starts on "
        + SchemeDate.inWords(startDate)
        + (kind == ClaimKind.COMMENCEMENT
            ? ": its commencement part can be claimed from that day."
            : ": its completion part cannot be claimed before that day.");
  }

  /** Every check, in order. */
  public List<Check> run() {
    List<Check> checks = new ArrayList<>();
    boolean partReached =
        kind == ClaimKind.COMMENCEMENT
            ? enrolmentStatus == EnrolmentStatus.CONFIRMED
                || enrolmentStatus == EnrolmentStatus.COMMENCED
                || enrolmentStatus == EnrolmentStatus.COMPLETED
            : enrolmentStatus == EnrolmentStatus.COMPLETED;
    checks.add(
        new Check(
            "CONFIRMED",
            learnerConfirmed && partReached,
            learnerConfirmed
                ? "The learner confirmed the enrolment; it is " + enrolmentStatus.words() + "."
                : "The learner has not confirmed the enrolment (it is "
                    + enrolmentStatus.words()
                    + ")."));
    boolean started = !today.isBefore(startDate);
    checks.add(
        new Check(
            "STARTED",
            started,
            started
                ? "The course started on " + SchemeDate.inWords(startDate) + "."
                : "The course has not started: it starts on "
                    + SchemeDate.inWords(startDate)
                    + "."));
    boolean within = !startDate.isBefore(periodFrom) && !startDate.isAfter(periodTo);
    checks.add(
        new Check(
            "WITHIN_ALLOCATION",
            within,
            "The course starts on "
                + startDate
                + "; the allocation runs from "
                + periodFrom
                + " to "
                + periodTo
                + "."));
    checks.add(
        new Check(
            "NOT_CLAIMED_BEFORE",
            otherClaimsOfThePart == 0,
            otherClaimsOfThePart == 0
                ? "No other claim for this part of the enrolment."
                : "This part of the enrolment was claimed before."));
    checks.add(
        new Check(
            "STILL_ELIGIBLE",
            stillEligible,
            stillEligible
                ? "The learner is eligible on the start date under the rules in force now."
                : eligibilityWords));
    checks.add(
        new Check(
            "PROVIDER_APPROVED",
            providerApproved,
            providerApproved
                ? "The provider is approved."
                : "The provider is suspended or no longer approved."));
    return checks;
  }

  public boolean allPass() {
    return run().stream().allMatch(Check::passed);
  }

  /** The checks as one line for the record: "CONFIRMED ok; WITHIN_ALLOCATION ok; ...". */
  public String summary() {
    return run().stream()
        .map(c -> c.id() + (c.passed() ? " ok" : " FAILED: " + c.words()))
        .collect(Collectors.joining("; "));
  }
}
