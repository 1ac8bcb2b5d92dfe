package org.skillfund.placement;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.skillfund.shared.AustralianState;

/**
 * One provider's place applications, allocations and commitments, as its dashboard shows them.
 *
 * @param providerId the provider
 * @param providerName its legal name
 * @param asOf when the figures were read
 * @param applications its applications, newest first
 * @param allocations its allocations with the places still free
 * @param commitments what it has been committed under each program it applied to, against the cap
 */
public record ProviderDashboard(
    String providerId,
    String providerName,
    Instant asOf,
    List<ApplicationLine> applications,
    List<AllocationLine> allocations,
    List<ProgramCommitment> commitments)
    implements Serializable {

  /**
   * One application in short.
   *
   * @param id the application
   * @param programCode its program
   * @param status where it is in the workflow
   * @param placesRequested places asked for
   * @param placesApproved places granted (0 before a decision)
   * @param requestedCents money asked for
   * @param approvedCents money committed
   * @param submittedAt when it was submitted (null for a draft)
   */
  public record ApplicationLine(
      String id,
      String programCode,
      PlaceApplicationStatus status,
      long placesRequested,
      long placesApproved,
      long requestedCents,
      long approvedCents,
      Instant submittedAt)
      implements Serializable {}

  /**
   * One allocation.
   *
   * @param id the allocation
   * @param programCode its program
   * @param courseCode the course
   * @param state where
   * @param places places granted
   * @param placesUsed places learners have taken
   * @param amountCents money committed for it
   */
  public record AllocationLine(
      String id,
      String programCode,
      String courseCode,
      AustralianState state,
      int places,
      int placesUsed,
      long amountCents)
      implements Serializable {

    public int placesRemaining() {
      return places - placesUsed;
    }
  }

  /**
   * The provider's commitment under one program.
   *
   * @param programCode the program
   * @param programName its name
   * @param committedCents what approvals committed to the provider
   * @param capCents the program's per-provider cap
   */
  public record ProgramCommitment(
      String programCode, String programName, long committedCents, long capCents)
      implements Serializable {

    public long remainingCents() {
      return Math.max(0, capCents - committedCents);
    }
  }

  /** Places still free across every allocation. */
  public long placesRemaining() {
    return allocations.stream().mapToLong(AllocationLine::placesRemaining).sum();
  }
}
