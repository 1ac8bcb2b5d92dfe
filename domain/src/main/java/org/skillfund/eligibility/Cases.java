package org.skillfund.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** Copies of a case with one thing changed, for remedies. */
final class Cases {

  private Cases() {}

  /** A builder over the case's learner facts. */
  static LearnerChange learner(EligibilityCase c) {
    return new LearnerChange(c.learner());
  }

  static EligibilityCase withLearner(EligibilityCase c, LearnerChange change) {
    return new EligibilityCase(
        c.state(), c.course(), c.courseStartDate(), change.build(), c.fundedStarts());
  }

  /** The case with the funded starts {@code which} selects ended on the course start date. */
  static EligibilityCase endingStarts(EligibilityCase c, Predicate<FundedStart> which) {
    LocalDate day = c.courseStartDate();
    List<FundedStart> starts =
        c.fundedStarts().stream()
            .map(
                s ->
                    which.test(s)
                        ? new FundedStart(
                            s.programCode(),
                            s.courseCode(),
                            s.qualification(),
                            s.aqfLevel(),
                            s.startDate(),
                            s.startDate().isAfter(day) ? s.startDate() : day)
                        : s)
            .toList();
    return new EligibilityCase(c.state(), c.course(), day, c.learner(), starts);
  }

  /** Learner facts with one or more values replaced. */
  static final class LearnerChange {
    private final LearnerFacts facts;
    private Residency residency;
    private EmploymentStatus employmentStatus;
    private Boolean schoolStudent;

    private LearnerChange(LearnerFacts facts) {
      this.facts = facts;
    }

    LearnerChange residency(Residency value) {
      residency = value;
      return this;
    }

    LearnerChange employmentStatus(EmploymentStatus value) {
      employmentStatus = value;
      return this;
    }

    LearnerChange schoolStudent(boolean value) {
      schoolStudent = value;
      return this;
    }

    LearnerFacts build() {
      return new LearnerFacts(
          facts.dateOfBirth(),
          residency != null ? residency : facts.residency(),
          employmentStatus != null ? employmentStatus : facts.employmentStatus(),
          schoolStudent != null ? schoolStudent : facts.schoolStudent(),
          facts.highestAqfLevelHeld());
    }
  }
}
