package org.skillfund.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.skillfund.shared.AustralianState;

/**
 * A stored eligibility check: the facts it was decided on, the rule-set version that decided it and
 * every rule's outcome. Never changed by later versions.
 */
@Entity
@Table(name = "eligibility_check")
public class EligibilityCheck {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  @Column(name = "program_code", length = 30, nullable = false)
  private String programCode;

  @Column(name = "rule_set_version", length = 60, nullable = false)
  private String ruleSetVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 3, nullable = false)
  private AustralianState state;

  @Column(name = "course_code", length = 12, nullable = false)
  private String courseCode;

  @Column(name = "course_start_date", nullable = false)
  private LocalDate courseStartDate;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Enumerated(EnumType.STRING)
  @Column(name = "residency", length = 20, nullable = false)
  private Residency residency;

  @Enumerated(EnumType.STRING)
  @Column(name = "employment_status", length = 25, nullable = false)
  private EmploymentStatus employmentStatus;

  @Column(name = "school_student", nullable = false)
  private boolean schoolStudent;

  @Column(name = "usi", length = 10)
  private String usi;

  @Column(name = "highest_aqf_level_held")
  private Integer highestAqfLevelHeld;

  @Column(name = "eligible", nullable = false)
  private boolean eligible;

  @Column(name = "max_student_fee_cents", nullable = false)
  private long maxStudentFeeCents;

  /** Every rule's outcome in order, as {@link RuleTrace} stores them. */
  @Column(name = "outcomes", nullable = false)
  private String outcomes;

  protected EligibilityCheck() {}

  /** Records a decision and the case it was made on. */
  public static EligibilityCheck record(
      String id, Instant checkedAt, EligibilityCase c, String usi, EligibilityDecision decision) {
    EligibilityCheck check = new EligibilityCheck();
    check.id = id;
    check.checkedAt = checkedAt;
    check.programCode = decision.programCode();
    check.ruleSetVersion = decision.ruleSetVersion();
    check.state = c.state();
    check.courseCode = c.course().code();
    check.courseStartDate = c.courseStartDate();
    check.dateOfBirth = c.learner().dateOfBirth();
    check.residency = c.learner().residency();
    check.employmentStatus = c.learner().employmentStatus();
    check.schoolStudent = c.learner().schoolStudent();
    check.usi = usi;
    check.highestAqfLevelHeld = c.learner().highestAqfLevelHeld();
    check.eligible = decision.eligible();
    check.maxStudentFeeCents = decision.maxStudentFeeCents();
    check.outcomes = RuleTrace.json(decision.outcomes());
    return check;
  }

  /** The decision as it was made. */
  public EligibilityDecision decision() {
    return new EligibilityDecision(
        eligible, programCode, ruleSetVersion, maxStudentFeeCents, RuleTrace.outcomes(outcomes));
  }

  /** What the learner said about themselves, as checked (for re-checking a claim later). */
  public LearnerFacts learner() {
    return new LearnerFacts(
        dateOfBirth, residency, employmentStatus, schoolStudent, highestAqfLevelHeld);
  }

  public String getId() {
    return id;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }

  public AustralianState getState() {
    return state;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public LocalDate getCourseStartDate() {
    return courseStartDate;
  }
}
