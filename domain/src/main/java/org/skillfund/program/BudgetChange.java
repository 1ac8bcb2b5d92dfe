package org.skillfund.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a budget: the amount it changed from and to, by whom, when and why. */
@Entity
@Table(name = "program_budget_change")
public class BudgetChange {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "program_code", length = 30, nullable = false)
  private String programCode;

  @Column(name = "state", length = 3, nullable = false)
  private String state;

  @Column(name = "stream_code", length = 20, nullable = false)
  private String streamCode;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Column(name = "old_cents")
  private Long oldCents;

  @Column(name = "new_cents", nullable = false)
  private long newCents;

  @Column(name = "changed_by", length = 60, nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "reason", length = 2000, nullable = false)
  private String reason;

  protected BudgetChange() {}

  public BudgetChange(
      String id,
      BudgetKey key,
      int versionNo,
      Long oldCents,
      long newCents,
      String changedBy,
      Instant changedAt,
      String reason) {
    this.id = id;
    this.programCode = key.getProgramCode();
    this.state = key.getState().name();
    this.streamCode = key.getStreamCode();
    this.versionNo = versionNo;
    this.oldCents = oldCents;
    this.newCents = newCents;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.reason = reason;
  }

  public String getId() {
    return id;
  }

  public String getProgramCode() {
    return programCode;
  }

  public String getState() {
    return state;
  }

  public String getStreamCode() {
    return streamCode;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public Long getOldCents() {
    return oldCents;
  }

  public long getNewCents() {
    return newCents;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getReason() {
    return reason;
  }
}
