package org.skillfund.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of the enrolment API. Dates as YYYY-MM-DD; choices by their names. */
public final class EnrolmentJson {

  private EnrolmentJson() {}

  /** Who is enrolled, as the provider gives it. */
  @Schema(name = "EnrolmentLearner")
  public record Learner(
      String usi, String givenName, String familyName, String dateOfBirth, String email) {}

  /** A provider's enrolment of a learner into one place of an allocation. */
  @Schema(name = "EnrolmentRequest")
  public record Creation(
      String allocationId,
      Learner learner,
      String startDate,
      @Schema(description = "CITIZEN, PERMANENT_RESIDENT, NZ_CITIZEN, HUMANITARIAN_VISA, ...")
          String residency,
      @Schema(description = "UNEMPLOYED, EMPLOYED, INCOME_SUPPORT, ...") String employmentStatus,
      Boolean schoolStudent,
      Integer highestAqfLevelHeld) {}

  /** Why (withdrawal, dispute, dispute resolution). */
  @Schema(name = "EnrolmentReason")
  public record Reason(String reason) {}

  /** An officer's resolution of a disputed enrolment: CANCEL or REINSTATE, and why. */
  @Schema(name = "EnrolmentDisputeResolution")
  public record Resolution(String action, String reason) {}

  /** A learner's answer to a confirmation link: CONFIRM or DISPUTE (with an optional reason). */
  @Schema(name = "EnrolmentAnswer")
  public record Answer(String answer, String reason) {}

  /** An enrolment as shown, with the actions the caller may take now. */
  @Schema(name = "Enrolment")
  public record View(
      String id,
      String allocationId,
      String providerId,
      String programCode,
      String courseCode,
      String state,
      String usi,
      String givenName,
      String familyName,
      LocalDate dateOfBirth,
      LocalDate startDate,
      String status,
      String ruleSetVersion,
      String eligibilityCheckId,
      String ledgerEntryId,
      String createdBy,
      Instant createdAt,
      Instant confirmedAt,
      Instant disputedAt,
      String disputeReason,
      LocalDate endedOn,
      String endReason,
      Set<String> actions) {

    public static View of(Enrolment e, Set<EnrolmentAction> actions) {
      Set<String> names = new TreeSet<>();
      actions.forEach(a -> names.add(a.name()));
      return new View(
          e.getId(),
          e.getAllocationId(),
          e.getProviderId(),
          e.getProgramCode(),
          e.getCourseCode(),
          e.getState().name(),
          e.getUsi(),
          e.getGivenName(),
          e.getFamilyName(),
          e.getDateOfBirth(),
          e.getStartDate(),
          e.getStatus().name(),
          e.getRuleSetVersion(),
          e.getEligibilityCheckId(),
          e.getLedgerEntryId(),
          e.getCreatedBy(),
          e.getCreatedAt(),
          e.getConfirmedAt(),
          e.getDisputedAt(),
          e.getDisputeReason(),
          e.getEndedOn(),
          e.getEndReason(),
          names);
    }
  }
}
