package org.skillfund.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.shared.AustralianState;

class TrainingProductTest {

  private static Validator validator;

  @BeforeAll
  static void createValidator() {
    validator = Validation.buildDefaultValidatorFactory().getValidator();
  }

  private static TrainingProduct product(
      String code, ProductType type, Integer level, ProductStatus status, String successor) {
    return new TrainingProduct(
        code,
        "Certificate III in Individual Support",
        type,
        level,
        status,
        successor,
        "Aged care",
        EnumSet.of(AustralianState.VIC));
  }

  private static Set<String> violatedProperties(TrainingProduct product) {
    return validator.validate(product).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  @DisplayName("a current Certificate III with an AQF level is valid")
  void currentQualificationIsValid() {
    TrainingProduct p =
        product("CHC33021", ProductType.QUALIFICATION, 3, ProductStatus.CURRENT, null);
    assertEquals(Set.of(), violatedProperties(p));
    assertTrue(p.isCurrent());
    assertTrue(p.isJobTrainerPriorityIn(AustralianState.VIC));
    assertFalse(p.isJobTrainerPriorityIn(AustralianState.NSW));
  }

  @Test
  @DisplayName("a qualification without an AQF level, or a skill set with one, is refused")
  void aqfLevelMustFitTheType() {
    assertEquals(
        Set.of("aqfLevelConsistentWithType"),
        violatedProperties(
            product("CHC33021", ProductType.QUALIFICATION, null, ProductStatus.CURRENT, null)));
    assertEquals(
        Set.of("aqfLevelConsistentWithType"),
        violatedProperties(
            product("HLTSS00064", ProductType.SKILL_SET, 3, ProductStatus.CURRENT, null)));
  }

  @Test
  @DisplayName("a superseded product must name another product as its successor")
  void supersededNeedsSuccessor() {
    assertEquals(
        Set.of("successorConsistentWithStatus"),
        violatedProperties(
            product("CHC33015", ProductType.QUALIFICATION, 3, ProductStatus.SUPERSEDED, null)));
    assertEquals(
        Set.of("successorConsistentWithStatus"),
        violatedProperties(
            product(
                "CHC33015", ProductType.QUALIFICATION, 3, ProductStatus.SUPERSEDED, "CHC33015")));
    assertEquals(
        Set.of(),
        violatedProperties(
            product(
                "CHC33015", ProductType.QUALIFICATION, 3, ProductStatus.SUPERSEDED, "CHC33021")));
  }

  @Test
  @DisplayName("a code that is not a national code is refused with an example of one")
  void codeMustBeNational() {
    TrainingProduct p =
        product("chc 33021", ProductType.QUALIFICATION, 3, ProductStatus.CURRENT, null);
    Set<ConstraintViolation<TrainingProduct>> violations = validator.validate(p);
    assertEquals(1, violations.size());
    assertTrue(violations.iterator().next().getMessage().contains("e.g. CHC33021"));
  }

  @Test
  @DisplayName("a new release changes the stored product and says whether anything changed")
  void updateFromReportsChange() {
    TrainingProduct stored =
        product("CHC33015", ProductType.QUALIFICATION, 3, ProductStatus.CURRENT, null);
    TrainingProduct release =
        product("CHC33015", ProductType.QUALIFICATION, 3, ProductStatus.SUPERSEDED, "CHC33021");
    assertTrue(stored.updateFrom(release));
    assertEquals("CHC33021", stored.getSupersededBy());
    assertFalse(stored.updateFrom(release));
  }

  @Test
  @DisplayName("AQF level names follow the framework")
  void aqfNames() {
    assertEquals("Certificate III", AqfLevel.nameOf(3));
    assertEquals("Diploma", AqfLevel.nameOf(5));
  }
}
