package org.skillfund.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.skillfund.shared.AustralianState;

/**
 * Plausible, reproducible eligibility cases for training environments and the what-if benchmark:
 * learners of every age and circumstance asking about catalogue courses in every state, with course
 * starts across the JobTrainer years. The same seed gives the same cases.
 */
public final class SyntheticCases {

  private static final LocalDate FIRST_START = LocalDate.of(2020, 8, 1);
  private static final int START_DAYS = 900; // to early 2023, so some fall outside the window

  private final Random random;
  private final List<CourseFacts> courses;

  public SyntheticCases(long seed, List<CourseFacts> courses) {
    if (courses.isEmpty()) {
      throw new IllegalArgumentException("synthetic cases need at least one course");
    }
    this.random = new Random(seed);
    this.courses = List.copyOf(courses);
  }

  /** The next case; the learner has no funded starts. */
  public EligibilityCase next() {
    AustralianState[] states = AustralianState.values();
    AustralianState state = states[random.nextInt(states.length)];
    CourseFacts course = courses.get(random.nextInt(courses.size()));
    LocalDate start = FIRST_START.plusDays(random.nextInt(START_DAYS));
    // Most learners asking are young; some are older career changers.
    int age = random.nextInt(10) < 7 ? 15 + random.nextInt(12) : 27 + random.nextInt(40);
    LocalDate birth = start.minusYears(age).minusDays(random.nextInt(365));
    Residency[] residencies = Residency.values();
    Residency residency =
        random.nextInt(10) < 8
            ? Residency.CITIZEN
            : residencies[random.nextInt(residencies.length)];
    EmploymentStatus[] statuses = EmploymentStatus.values();
    EmploymentStatus status = statuses[random.nextInt(statuses.length)];
    boolean atSchool = age < 19 && random.nextInt(5) == 0;
    Integer held = random.nextInt(3) == 0 ? null : 1 + random.nextInt(6);
    return new EligibilityCase(
        state,
        course,
        start,
        new LearnerFacts(birth, residency, status, atSchool, held),
        List.of());
  }
}
