package org.skillfund.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillfund.provider.CetModel;
import org.skillfund.shared.AustralianState;

class PlaceApplicationTest {

  private static PlaceApplication twoLines() {
    PlaceApplication a = new PlaceApplication("a", "P", "prov", "GEN", "u", Instant.EPOCH);
    a.saveDraft(
        "GEN",
        LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 12, 31),
        "why",
        null,
        List.of(
            new PlaceRequest(
                "CHC33021",
                AustralianState.NSW,
                10,
                CetModel.INSTITUTION_BASED,
                null,
                "Sydney",
                "Feb 2027",
                400_000),
            new PlaceRequest(
                "CHC43015",
                AustralianState.VIC,
                5,
                CetModel.INSTITUTION_BASED,
                null,
                "Melbourne",
                "Mar 2027",
                550_000)),
        "u",
        Instant.EPOCH);
    return a;
  }

  @Test
  void requestedMoneyIsPlacesTimesPriceOverAllLines() {
    assertEquals(10 * 400_000L + 5 * 550_000L, twoLines().getRequestedCents());
    assertEquals(15, twoLines().placesRequested());
  }

  @Test
  void theOutcomeFollowsThePlacesGranted() {
    PlaceApplication a = twoLines();
    assertEquals(PlaceAction.APPROVE, a.outcomeOf(List.of(10, 5)));
    assertEquals(PlaceAction.PARTIALLY_APPROVE, a.outcomeOf(List.of(10, 4)));
    assertEquals(PlaceAction.PARTIALLY_APPROVE, a.outcomeOf(List.of(0, 5)));
    assertEquals(PlaceAction.DECLINE, a.outcomeOf(List.of(0, 0)));
    assertEquals(3 * 400_000L + 2 * 550_000L, a.amountOf(List.of(3, 2)));
  }

  @Test
  void aDecisionRecordsPlacesAndMoney() {
    PlaceApplication a = twoLines();
    a.decide(PlaceApplicationStatus.PARTIALLY_APPROVED, List.of(8, 0), "d", Instant.EPOCH, "r");
    assertEquals(List.of(8, 0), a.approvedPlaces());
    assertEquals(8 * 400_000L, a.getApprovedCents());
  }
}
