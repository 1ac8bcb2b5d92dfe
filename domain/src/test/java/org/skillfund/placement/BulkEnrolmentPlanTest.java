package org.skillfund.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.catalog.ProductStatus;
import org.skillfund.catalog.ProductType;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.eligibility.EmploymentStatus;
import org.skillfund.eligibility.FundedStart;
import org.skillfund.eligibility.JobTrainer;
import org.skillfund.eligibility.Residency;
import org.skillfund.eligibility.RuleSetVersion;
import org.skillfund.placement.BulkEnrolmentPlan.Candidate;
import org.skillfund.placement.BulkEnrolmentPlan.Decided;
import org.skillfund.provider.CetModel;
import org.skillfund.shared.AustralianState;

/** A chunk of a bulk file is decided in file order, as single enrolments one after another. */
class BulkEnrolmentPlanTest {

  private static final LocalDate START = LocalDate.of(2021, 3, 1);

  private static final TrainingProduct AGED_CARE =
      new TrainingProduct(
          "CHC33021",
          "Certificate III in Individual Support",
          ProductType.QUALIFICATION,
          3,
          ProductStatus.CURRENT,
          null,
          "Aged care",
          EnumSet.allOf(AustralianState.class));

  private static final RuleSetVersion RULES =
      new RuleSetVersion(
          JobTrainer.PROGRAM,
          "JOBTRAINER-1",
          LocalDate.of(2020, 8, 1),
          null,
          JobTrainer.initialParameters());

  private static Allocation allocation(int places) {
    PlaceApplication a = new PlaceApplication("app", "JT-2026", "prov", "GEN", "u", Instant.EPOCH);
    a.saveDraft(
        "GEN",
        LocalDate.of(2027, 2, 1),
        LocalDate.of(2027, 12, 31),
        "why",
        null,
        List.of(
            new PlaceRequest(
                "CHC33021",
                AustralianState.NSW,
                places,
                CetModel.INSTITUTION_BASED,
                null,
                "Sydney",
                "Mar 2027",
                400_000)),
        "u",
        Instant.EPOCH);
    return new Allocation("alloc-1", a, 0, places, "delegate", Instant.EPOCH);
  }

  private static Candidate row(int line, String usi, LocalDate born, Allocation allocation) {
    return row(line, usi, born, Residency.CITIZEN, allocation);
  }

  private static Candidate row(
      int line, String usi, LocalDate born, Residency residency, Allocation allocation) {
    EnrolmentRow row =
        new EnrolmentRow(
            line,
            new LearnerIdentity(usi, "Ada", "Learner", born, "ada@example.org"),
            "CHC33021",
            START,
            AustralianState.NSW,
            "JT-2026",
            residency,
            EmploymentStatus.UNEMPLOYED,
            false,
            null);
    return new Candidate(row, allocation, AGED_CARE, "JOBTRAINER", RULES);
  }

  private static final LocalDate ADULT = LocalDate.of(2000, 5, 5);

  @Test
  @DisplayName("eligible rows take places while the allocation has them; the next are refused")
  void placesRunOut() {
    Allocation allocation = allocation(10);
    List<Decided> decided =
        BulkEnrolmentPlan.decide(
            List.of(
                row(2, "AAAAAAAAAA", ADULT, allocation),
                row(3, "BBBBBBBBBB", ADULT, allocation),
                row(4, "CCCCCCCCCC", ADULT, allocation)),
            Map.of(),
            Map.of("alloc-1", 2));
    assertTrue(decided.get(0).accepted());
    assertTrue(decided.get(1).accepted());
    assertFalse(decided.get(2).accepted());
    assertEquals(
        "No places left: all 10 places of this allocation (CHC33021 in NSW) are used.",
        decided.get(2).refusal());
    assertEquals(Map.of("alloc-1", 2), BulkEnrolmentPlan.placesTaken(decided));
  }

  @Test
  @DisplayName("the same learner twice in a file: the second row is refused by JT-ONE")
  void sameLearnerTwice() {
    Allocation allocation = allocation(10);
    List<Decided> decided =
        BulkEnrolmentPlan.decide(
            List.of(
                row(2, "AAAAAAAAAA", ADULT, allocation), row(3, "AAAAAAAAAA", ADULT, allocation)),
            Map.of(),
            Map.of("alloc-1", 10));
    assertTrue(decided.get(0).accepted());
    assertEquals("JOBTRAINER", decided.get(0).start().programCode());
    assertFalse(decided.get(1).accepted());
    assertTrue(
        decided.get(1).refusal().startsWith("The learner already holds a JobTrainer place."),
        decided.get(1).refusal());
    assertTrue(decided.get(1).refusal().endsWith("[JT-ONE]"), decided.get(1).refusal());
    assertEquals(Map.of("alloc-1", 1), BulkEnrolmentPlan.placesTaken(decided));
  }

  @Test
  @DisplayName(
      "a learner whose ledger already holds a JobTrainer start is refused, taking no place")
  void ledgerCounts() {
    Allocation allocation = allocation(10);
    FundedStart held =
        new FundedStart("JOBTRAINER", "CHC43015", true, 4, LocalDate.of(2021, 2, 1), null);
    List<Decided> decided =
        BulkEnrolmentPlan.decide(
            List.of(
                row(2, "AAAAAAAAAA", ADULT, allocation), row(3, "BBBBBBBBBB", ADULT, allocation)),
            Map.of("AAAAAAAAAA", List.of(held)),
            Map.of("alloc-1", 1));
    assertTrue(decided.get(0).refusal().endsWith("[JT-ONE]"), decided.get(0).refusal());
    assertNull(decided.get(0).start());
    assertTrue(decided.get(1).accepted(), "the refused row left the one place for the next");
  }

  @Test
  @DisplayName("a learner on a temporary visa is refused naming the residency rule")
  void notEligible() {
    Allocation allocation = allocation(10);
    List<Decided> decided =
        BulkEnrolmentPlan.decide(
            List.of(row(2, "AAAAAAAAAA", ADULT, Residency.TEMPORARY_VISA, allocation)),
            Map.of(),
            Map.of("alloc-1", 10));
    assertFalse(decided.get(0).accepted());
    assertTrue(
        decided.get(0).refusal().startsWith("The learner is not eligible for CHC33021 under"),
        decided.get(0).refusal());
    assertTrue(decided.get(0).refusal().endsWith("[JT-RESIDENCY]"), decided.get(0).refusal());
  }
}
