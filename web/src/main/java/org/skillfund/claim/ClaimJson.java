package org.skillfund.claim;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of the claim and payment API. Amounts are whole cents. */
public final class ClaimJson {

  private ClaimJson() {}

  /** A provider's claim for one part of an enrolment. */
  @Schema(name = "ClaimRequest")
  public record Creation(
      String enrolmentId, @Schema(description = "COMMENCEMENT or COMPLETION") String kind) {}

  /** A decision's reason (approval, rejection, recovery). */
  @Schema(name = "ClaimReason")
  public record Reason(String reason) {}

  /** A claim as shown, with the actions the caller may take now. */
  @Schema(name = "Claim")
  public record View(
      String id,
      String enrolmentId,
      String providerId,
      String programCode,
      String budgetState,
      String streamCode,
      String kind,
      long amountCents,
      String status,
      String submittedBy,
      Instant submittedAt,
      String validatedBy,
      Instant validatedAt,
      String checks,
      String decidedBy,
      Instant decidedAt,
      String decisionReason,
      String batchId,
      Instant paidAt,
      String recoveredBy,
      Instant recoveredAt,
      String recoveryReason,
      Set<String> actions) {

    public static View of(Claim c, Set<ClaimAction> actions) {
      Set<String> names = new TreeSet<>();
      actions.forEach(a -> names.add(a.name()));
      return new View(
          c.getId(),
          c.getEnrolmentId(),
          c.getProviderId(),
          c.getProgramCode(),
          c.getBudgetState(),
          c.getStreamCode(),
          c.getKind().name(),
          c.getAmountCents(),
          c.getStatus().name(),
          c.getSubmittedBy(),
          c.getSubmittedAt(),
          c.getValidatedBy(),
          c.getValidatedAt(),
          c.getChecks(),
          c.getDecidedBy(),
          c.getDecidedAt(),
          c.getDecisionReason(),
          c.getBatchId(),
          c.getPaidAt(),
          c.getRecoveredBy(),
          c.getRecoveredAt(),
          c.getRecoveryReason(),
          names);
    }
  }

  /** One automatic check of a claim. */
  @Schema(name = "ClaimCheck")
  public record Check(String id, boolean passed, String words) {}

  /** A recovery: the negative adjustment made. */
  @Schema(name = "ClaimAdjustment")
  public record Adjustment(
      String id, String claimId, long amountCents, String reason, String madeBy, Instant madeAt) {

    public static Adjustment of(ClaimAdjustment a) {
      return new Adjustment(
          a.getId(),
          a.getClaimId(),
          a.getAmountCents(),
          a.getReason(),
          a.getMadeBy(),
          a.getMadeAt());
    }
  }

  /** A payment batch with its count and total. */
  @Schema(name = "PaymentBatch")
  public record Batch(
      String id, String createdBy, Instant createdAt, int claimCount, long totalCents) {

    public static Batch of(PaymentBatch b) {
      return new Batch(
          b.getId(), b.getCreatedBy(), b.getCreatedAt(), b.getClaimCount(), b.getTotalCents());
    }
  }
}
