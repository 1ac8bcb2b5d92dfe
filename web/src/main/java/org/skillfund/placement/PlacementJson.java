package org.skillfund.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of the place application and allocation API. Amounts are whole cents. */
public final class PlacementJson {

  private PlacementJson() {}

  /** The officer's assessment: a score from 0 to 5 per criterion, places recommended per line. */
  @Schema(name = "PlaceAssessment")
  public record Assessment(
      Map<String, Integer> scores, List<Integer> recommendedPlaces, String note) {}

  /** A delegate's decision: places granted per line (all zero declines) and the reasons. */
  @Schema(name = "PlaceDecision")
  public record Decision(List<Integer> approvedPlaces, String reason) {}

  /** A reduction of approved places per line. */
  @Schema(name = "PlaceReduction")
  public record Reduction(List<Integer> places, String reason) {}

  /** A withdrawal by the provider. */
  @Schema(name = "PlaceWithdrawal")
  public record Withdrawal(String reason) {}

  /** One line of an application as shown. */
  public record Line(
      int lineNo,
      String courseCode,
      String state,
      int places,
      String cetModel,
      String workBasedFormat,
      String locations,
      String startDates,
      long priceCents,
      Integer recommendedPlaces,
      Integer approvedPlaces) {}

  /** A risk flag with its explanation. */
  public record Flag(String code, String explanation) {}

  /** A place application as shown. */
  @Schema(name = "PlaceApplication")
  public record View(
      String id,
      String programCode,
      String providerId,
      String streamCode,
      String status,
      LocalDate periodFrom,
      LocalDate periodTo,
      String justification,
      String industryPartners,
      List<Line> lines,
      long requestedCents,
      long approvedCents,
      String createdBy,
      Instant createdAt,
      String submittedBy,
      Instant submittedAt,
      List<Flag> riskFlags,
      Map<String, Integer> scores,
      Integer totalScore,
      String assessmentNote,
      String assessedBy,
      Instant assessedAt,
      String firstApprover,
      String firstReason,
      String decidedBy,
      Instant decidedAt,
      String decisionReason,
      Set<PlaceAction> actions) {

    static View of(PlaceApplication a, Set<PlaceAction> actions) {
      List<PlaceRequest> lines = a.getLines();
      return new View(
          a.getId(),
          a.getProgramCode(),
          a.getProviderId(),
          a.getStreamCode(),
          a.getStatus().name(),
          a.getPeriodFrom(),
          a.getPeriodTo(),
          a.getJustification(),
          a.getIndustryPartners(),
          java.util.stream.IntStream.range(0, lines.size())
              .mapToObj(
                  i -> {
                    PlaceRequest l = lines.get(i);
                    return new Line(
                        i,
                        l.getCourseCode(),
                        l.getState().name(),
                        l.getPlaces(),
                        l.getCetModel().name(),
                        l.getWorkBasedFormat() == null ? null : l.getWorkBasedFormat().name(),
                        l.getLocations(),
                        l.getStartDates(),
                        l.getPriceCents(),
                        l.getRecommendedPlaces(),
                        l.getApprovedPlaces());
                  })
              .toList(),
          a.getRequestedCents(),
          a.getApprovedCents(),
          a.getCreatedBy(),
          a.getCreatedAt(),
          a.getSubmittedBy(),
          a.getSubmittedAt(),
          a.getRiskFlagSet().stream().map(f -> new Flag(f.name(), f.explanation())).toList(),
          a.getScoreMap().entrySet().stream()
              .collect(
                  java.util.stream.Collectors.toMap(
                      e -> e.getKey().name(),
                      Map.Entry::getValue,
                      (x, y) -> x,
                      java.util.LinkedHashMap::new)),
          a.getTotalScore(),
          a.getAssessmentNote(),
          a.getAssessedBy(),
          a.getAssessedAt(),
          a.getFirstApprover(),
          a.getFirstReason(),
          a.getDecidedBy(),
          a.getDecidedAt(),
          a.getDecisionReason(),
          actions);
    }
  }

  /** An allocation as shown. */
  @Schema(name = "Allocation")
  public record AllocationView(
      String id,
      String applicationId,
      String programCode,
      String providerId,
      String streamCode,
      String courseCode,
      String state,
      int places,
      int placesUsed,
      int placesRemaining,
      long priceCents,
      long amountCents,
      LocalDate periodFrom,
      LocalDate periodTo,
      String createdBy,
      Instant createdAt) {

    static AllocationView of(Allocation l) {
      return new AllocationView(
          l.getId(),
          l.getApplicationId(),
          l.getProgramCode(),
          l.getProviderId(),
          l.getStreamCode(),
          l.getCourseCode(),
          l.getState().name(),
          l.getPlaces(),
          l.getPlacesUsed(),
          l.getPlacesRemaining(),
          l.getPriceCents(),
          l.getAmountCents(),
          l.getPeriodFrom(),
          l.getPeriodTo(),
          l.getCreatedBy(),
          l.getCreatedAt());
    }
  }

  /** A delegate's approval limit. */
  @Schema(name = "DelegationLimit")
  public record Limit(String username, long limitCents, String setBy, Instant setAt) {

    static Limit of(DelegationLimit d) {
      return new Limit(d.getUsername(), d.getLimitCents(), d.getSetBy(), d.getSetAt());
    }
  }

  /** A new limit and why. */
  @Schema(name = "DelegationLimitRequest")
  public record LimitRequest(Long limitCents, String reason) {}
}
