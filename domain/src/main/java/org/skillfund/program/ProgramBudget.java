package org.skillfund.program;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A program's budget for one state and stream, with what approvals have committed and what claims
 * have spent. The counters are only ever changed by conditional SQL updates in the approving
 * transaction (and checked by the table's constraints), never by writing this entity; it is read to
 * show them.
 */
@Entity
@Table(name = "program_budget")
public class ProgramBudget {

  @EmbeddedId private BudgetKey key;

  @Column(name = "budget_cents", nullable = false, updatable = false)
  private long budgetCents;

  @Column(name = "committed_cents", nullable = false, updatable = false)
  private long committedCents;

  @Column(name = "spent_cents", nullable = false, updatable = false)
  private long spentCents;

  @Column(name = "version_no", nullable = false, updatable = false)
  private int versionNo;

  protected ProgramBudget() {}

  public ProgramBudget(BudgetKey key, long budgetCents) {
    this.key = key;
    this.budgetCents = budgetCents;
    this.versionNo = 1;
  }

  public BudgetKey getKey() {
    return key;
  }

  public long getBudgetCents() {
    return budgetCents;
  }

  public long getCommittedCents() {
    return committedCents;
  }

  public long getSpentCents() {
    return spentCents;
  }

  public long getRemainingCents() {
    return budgetCents - committedCents;
  }

  public int getVersionNo() {
    return versionNo;
  }
}
