package org.skillfund.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FrameworkCriteriaTest {

  @Test
  @DisplayName("a complete micro-credential meets all five minimum criteria")
  void completeMeetsAll() {
    List<FrameworkCriteria.Criterion> all = FrameworkCriteria.check(Samples.infectionControl());
    assertEquals(5, all.size());
    assertTrue(all.stream().allMatch(FrameworkCriteria.Criterion::met));
    assertTrue(FrameworkCriteria.failures(Samples.infectionControl()).isEmpty());
  }

  @Test
  @DisplayName("each missing criterion fails on its own, in plain words")
  void eachFailureExplained() {
    assertEquals(
        List.of("No learning outcomes are stated; list what a learner will be able to do."),
        reasons(Samples.infectionControl().learningOutcomes(List.of())));
    assertEquals(
        List.of("0 hours is less than the one hour the framework requires."),
        reasons(Samples.infectionControl().hours(0)));
    assertEquals(
        List.of("The volume of learning is missing; give it in hours."),
        reasons(Samples.infectionControl().hours(null)));
    assertEquals(
        List.of("No assessment is described; say how learners are assessed."),
        reasons(Samples.infectionControl().assessment(" ")));
    assertEquals(
        List.of("No quality-assurance statement is given; say how quality is assured."),
        reasons(Samples.infectionControl().qaStatement(null)));
    assertEquals(
        List.of(
            "600 hours is as large as an AQF award (a Certificate I is about 600 hours); a"
                + " micro-credential must be smaller."),
        reasons(Samples.infectionControl().hours(600)));
  }

  @Test
  @DisplayName("one hour and 599 hours are inside the framework's bounds")
  void bounds() {
    assertTrue(FrameworkCriteria.failures(Samples.infectionControl().hours(1)).isEmpty());
    assertTrue(FrameworkCriteria.failures(Samples.infectionControl().hours(599)).isEmpty());
  }

  @Test
  @DisplayName("an empty draft fails all five criteria but the size one")
  void emptyDraft() {
    assertEquals(4, FrameworkCriteria.failures(new MicroCredentialContent()).size());
  }

  @Test
  @DisplayName("a resubmission's changes are listed section by section")
  void diff() {
    MicroCredentialContent before = Samples.infectionControl();
    MicroCredentialContent after = before.copy().hours(16).qaStatement("External moderation");
    List<MicroCredentialContent.SectionChange> changes = after.changesSince(before);
    assertEquals(
        List.of(ReviewSection.VOLUME, ReviewSection.QUALITY_ASSURANCE),
        changes.stream().map(MicroCredentialContent.SectionChange::section).toList());
    assertEquals("12 hours", changes.get(0).before());
    assertEquals("16 hours", changes.get(0).after());
    assertTrue(before.copy().changesSince(before).isEmpty());
  }

  private static List<String> reasons(MicroCredentialContent c) {
    return FrameworkCriteria.failures(c).stream()
        .map(FrameworkCriteria.Criterion::explanation)
        .toList();
  }
}
