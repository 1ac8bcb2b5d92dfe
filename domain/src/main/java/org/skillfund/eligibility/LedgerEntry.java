package org.skillfund.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One funded start in the entitlement ledger, keyed by the learner's USI, across all providers. */
@Entity
@Table(name = "funded_start")
public class LedgerEntry {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "usi", length = 10, nullable = false)
  private String usi;

  @Column(name = "program_code", length = 30, nullable = false)
  private String programCode;

  @Column(name = "course_code", length = 12, nullable = false)
  private String courseCode;

  @Column(name = "qualification", nullable = false)
  private boolean qualification;

  @Column(name = "aqf_level")
  private Integer aqfLevel;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  protected LedgerEntry() {}

  public LedgerEntry(String id, String usi, FundedStart start) {
    this.id = id;
    this.usi = usi;
    this.programCode = start.programCode();
    this.courseCode = start.courseCode();
    this.qualification = start.qualification();
    this.aqfLevel = start.aqfLevel();
    this.startDate = start.startDate();
    this.endDate = start.endDate();
  }

  public FundedStart toFundedStart() {
    return new FundedStart(programCode, courseCode, qualification, aqfLevel, startDate, endDate);
  }

  /** Records the day the start ended. */
  public void end(LocalDate day) {
    if (endDate != null) {
      throw new IllegalStateException("the start already ended on " + endDate);
    }
    endDate = day;
  }

  public String getId() {
    return id;
  }

  public String getUsi() {
    return usi;
  }

  public String getProgramCode() {
    return programCode;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public boolean isQualification() {
    return qualification;
  }

  public Integer getAqfLevel() {
    return aqfLevel;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }
}
