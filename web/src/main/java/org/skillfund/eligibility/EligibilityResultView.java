package org.skillfund.eligibility;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** A stored check's result page, bookmarkable by id and printable. */
@Named
@ViewScoped
public class EligibilityResultView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private EligibilityService eligibility;

  private String id;
  private EligibilityCheck check;
  private EligibilityDecision decision;

  /** Loads the check named in the URL; an unknown id answers 404. */
  public void load() throws IOException {
    check = id == null ? null : eligibility.find(id).orElse(null);
    if (check == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "No eligibility check has this id");
      faces.responseComplete();
      return;
    }
    decision = check.decision();
  }

  /** The fee cap in dollars, e.g. "$400.00", or "$0" for free. */
  public String getMaxFee() {
    long cents = decision.maxStudentFeeCents();
    return cents == 0 ? "$0" : String.format("$%d.%02d", cents / 100, cents % 100);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public EligibilityCheck getCheck() {
    return check;
  }

  public EligibilityDecision getDecision() {
    return decision;
  }
}
