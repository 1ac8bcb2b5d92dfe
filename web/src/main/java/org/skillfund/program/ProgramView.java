package org.skillfund.program;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import org.skillfund.identity.CurrentUser;
import org.skillfund.identity.Role;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.PageMessages;
import org.skillfund.shared.PagedLazyModel;
import org.skillfund.shared.SchemeDate;
import org.skillfund.shared.ServiceCall;

/**
 * One program: its window, streams, fee rule, provider cap, place targets and budgets by state and
 * stream with what is committed; program managers change a budget (never below what is committed)
 * behind a confirmation, and every version is listed.
 */
@Named
@ViewScoped
public class ProgramView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final Map<String, String> BUDGET_INPUTS =
      Map.of("cents", "budget:amount", "reason", "budget:reason");

  @EJB private ProgramService programs;
  @Inject private CurrentUser currentUser;

  private String code;
  private transient FundingProgram program;
  private transient List<ProgramBudget> budgets;

  /** Which budget to change, as {@code STATE/STREAM}. */
  private String budgetKey;

  private BigDecimal amount;
  private String reason;

  private final LazyDataModel<BudgetChange> versions =
      new PagedLazyModel<>(request -> programs.budgetChanges(code, request), BudgetChange::getId);

  /** Loads the program in the address; an unknown code answers 404. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      refresh();
    } catch (NotFoundException missing) {
      faces.getExternalContext().responseSendError(404, "No such program");
      faces.responseComplete();
    } catch (EJBAccessException refused) {
      faces.getExternalContext().responseSendError(403, "Not allowed");
      faces.responseComplete();
    }
  }

  private void refresh() {
    program = programs.find(code);
    budgets = programs.budgets(code);
  }

  /** Sets the chosen budget to the amount typed (the confirmation dialog asked first). */
  public void changeBudget() {
    PageMessages messages = PageMessages.current();
    if (budgetKey == null || !budgetKey.contains("/")) {
      messages.refused(
          InvalidRequestException.of("budget", messages.text("program.budget.choose")),
          "budget",
          Map.of("budget", "budget:which"));
      return;
    }
    if (amount == null) {
      messages.refused(
          InvalidRequestException.of("cents", messages.text("program.budget.amountRequired")),
          "budget",
          BUDGET_INPUTS);
      return;
    }
    AustralianState state = AustralianState.valueOf(budgetKey.substring(0, budgetKey.indexOf('/')));
    String stream = budgetKey.substring(budgetKey.indexOf('/') + 1);
    long cents = amount.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
    if (ServiceCall.attempt(
        () -> programs.changeBudget(code, state, stream, cents, reason), "budget", BUDGET_INPUTS)) {
      refresh();
      messages.done(
          "budget", messages.text("program.budget.changed", state, stream, Money.format(cents)));
      amount = null;
      reason = null;
    }
  }

  public boolean isManager() {
    return currentUser.hasRole(Role.Names.PROGRAM_MANAGER);
  }

  /** Department staff who read dashboards (not administrators). */
  public boolean isDashboardAllowed() {
    return currentUser.hasRole(Role.Names.PROGRAM_MANAGER)
        || currentUser.hasRole(Role.Names.OFFICER)
        || currentUser.hasRole(Role.Names.DELEGATE)
        || currentUser.hasRole(Role.Names.AUDITOR);
  }

  public boolean isVersionsAllowed() {
    return isDashboardAllowed();
  }

  public FundingProgram getProgram() {
    if (program == null) {
      refresh();
    }
    return program;
  }

  public List<ProgramBudget> getBudgets() {
    if (budgets == null) {
      refresh();
    }
    return budgets;
  }

  public boolean isOpen() {
    return getProgram().isOpenOn(SchemeDate.today());
  }

  public String money(long cents) {
    return Money.format(cents);
  }

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public LazyDataModel<BudgetChange> getVersions() {
    return versions;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getBudgetKey() {
    return budgetKey;
  }

  public void setBudgetKey(String budgetKey) {
    this.budgetKey = budgetKey;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
