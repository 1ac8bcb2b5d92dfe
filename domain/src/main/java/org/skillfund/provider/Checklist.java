package org.skillfund.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The assessing officer's checklist; each item is confirmed or not. */
@Embeddable
public class Checklist {

  @Column(name = "check_registration_current")
  private boolean registrationCurrent;

  @Column(name = "check_scope_verified")
  private boolean scopeVerified;

  @Column(name = "check_financially_viable")
  private boolean financiallyViable;

  @Column(name = "check_compliance_clear")
  private boolean complianceHistoryClear;

  @Column(name = "check_conflicts_declared")
  private boolean conflictsDeclared;

  protected Checklist() {}

  /**
   * @param registrationCurrent the RTO registration is current
   * @param scopeVerified the products asked for are on its registered scope (checked against the
   *     catalogue)
   * @param financiallyViable its financial viability was checked
   * @param complianceHistoryClear its compliance history raises no concern
   * @param conflictsDeclared the provider declared its conflicts of interest
   */
  public Checklist(
      boolean registrationCurrent,
      boolean scopeVerified,
      boolean financiallyViable,
      boolean complianceHistoryClear,
      boolean conflictsDeclared) {
    this.registrationCurrent = registrationCurrent;
    this.scopeVerified = scopeVerified;
    this.financiallyViable = financiallyViable;
    this.complianceHistoryClear = complianceHistoryClear;
    this.conflictsDeclared = conflictsDeclared;
  }

  public boolean isRegistrationCurrent() {
    return registrationCurrent;
  }

  public boolean isScopeVerified() {
    return scopeVerified;
  }

  public boolean isFinanciallyViable() {
    return financiallyViable;
  }

  public boolean isComplianceHistoryClear() {
    return complianceHistoryClear;
  }

  public boolean isConflictsDeclared() {
    return conflictsDeclared;
  }

  /** Every item confirmed. */
  public boolean allConfirmed() {
    return registrationCurrent
        && scopeVerified
        && financiallyViable
        && complianceHistoryClear
        && conflictsDeclared;
  }
}
