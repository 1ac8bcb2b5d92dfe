package org.skillfund.eligibility;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.PageMessages;

/** The learner's eligibility check page: their facts and the course, then the explained result. */
@Named
@ViewScoped
public class EligibilityCheckView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Which input shows a service's refusal of a field. */
  private static final Map<String, String> FIELD_INPUTS =
      Map.of(
          "programCode", "check:program",
          "courseCode", "check:course",
          "courseStartDate", "check:start",
          "learner.dateOfBirth", "check:dob");

  @EJB private EligibilityService eligibility;

  @NotNull private String programCode = JobTrainer.CODE;
  @NotNull private AustralianState state;
  @NotBlank private String courseCode;
  @NotNull private LocalDate courseStartDate;
  @NotNull @Past private LocalDate dateOfBirth;
  @NotNull private Residency residency;
  @NotNull private EmploymentStatus employmentStatus;
  private boolean schoolStudent;
  private String usi;

  @Min(1)
  @Max(10)
  private Integer highestAqfLevelHeld;

  /** Runs the check and shows the stored result page, which can be bookmarked and printed. */
  public String check() {
    try {
      EligibilityCheck check =
          eligibility.check(
              programCode,
              state,
              courseCode.strip().toUpperCase(Locale.ROOT),
              courseStartDate,
              new LearnerFacts(
                  dateOfBirth, residency, employmentStatus, schoolStudent, highestAqfLevelHeld),
              usi == null || usi.isBlank() ? null : usi.strip());
      return "/eligibility-result.xhtml?faces-redirect=true&id=" + check.getId();
    } catch (InvalidRequestException refused) {
      // an application exception: the container passes it through unwrapped
      PageMessages.current().refused(refused, "check", FIELD_INPUTS);
      return null;
    }
  }

  public List<Program> getPrograms() {
    return Programs.ALL;
  }

  public AustralianState[] getStates() {
    return AustralianState.values();
  }

  public Residency[] getResidencies() {
    return Residency.values();
  }

  public EmploymentStatus[] getEmploymentStatuses() {
    return EmploymentStatus.values();
  }

  public String getProgramCode() {
    return programCode;
  }

  public void setProgramCode(String programCode) {
    this.programCode = programCode;
  }

  public AustralianState getState() {
    return state;
  }

  public void setState(AustralianState state) {
    this.state = state;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public void setCourseCode(String courseCode) {
    this.courseCode = courseCode;
  }

  public LocalDate getCourseStartDate() {
    return courseStartDate;
  }

  public void setCourseStartDate(LocalDate courseStartDate) {
    this.courseStartDate = courseStartDate;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public Residency getResidency() {
    return residency;
  }

  public void setResidency(Residency residency) {
    this.residency = residency;
  }

  public EmploymentStatus getEmploymentStatus() {
    return employmentStatus;
  }

  public void setEmploymentStatus(EmploymentStatus employmentStatus) {
    this.employmentStatus = employmentStatus;
  }

  public boolean isSchoolStudent() {
    return schoolStudent;
  }

  public void setSchoolStudent(boolean schoolStudent) {
    this.schoolStudent = schoolStudent;
  }

  public String getUsi() {
    return usi;
  }

  public void setUsi(String usi) {
    this.usi = usi;
  }

  public Integer getHighestAqfLevelHeld() {
    return highestAqfLevelHeld;
  }

  public void setHighestAqfLevelHeld(Integer highestAqfLevelHeld) {
    this.highestAqfLevelHeld = highestAqfLevelHeld;
  }
}
