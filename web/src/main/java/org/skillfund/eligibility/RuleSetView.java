package org.skillfund.eligibility;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.skillfund.identity.CurrentUser;
import org.skillfund.identity.Role;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.PageMessages;

/**
 * One rule-set version's page: its parameters, and for a draft the program manager's changes,
 * publication or discarding; a what-if run over stored checks for any version.
 */
@Named
@ViewScoped
public class RuleSetView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> PARAMETER_INPUTS =
      Map.of("value", "params:value", "source", "params:source", "reason", "params:reason");
  private static final Map<String, String> PUBLISH_INPUTS = Map.of("reason", "publish:reason");
  private static final Map<String, String> DISCARD_INPUTS = Map.of("reason", "discard:reason");

  /** Which stored checks a what-if runs over. */
  public enum Scope {
    /** Checks whose course starts in the version's period: the ones it would decide. */
    IN_PERIOD,
    /** Every stored check of the program. */
    ALL_CHECKS
  }

  /**
   * One parameter as the table shows it.
   *
   * @param name e.g. age.max
   * @param value its value in this version
   * @param source the guideline and clause that sets it
   * @param kind what values it takes, e.g. "a whole number from 0 to 120"
   */
  public record ParameterRow(String name, String value, String source, String kind)
      implements Serializable {

    /** The value split at its commas, so that a long list wraps between its entries. */
    public List<String> valueParts() {
      return List.of(value.split(",", -1));
    }
  }

  @EJB private RuleSetService ruleSets;

  @Inject private CurrentUser currentUser;

  private String version;
  private RuleSetRow ruleSet;
  private List<ParameterRow> parameters;

  private String editing;
  private String value;
  private String source;
  private String reason;

  private String publishReason;
  private String discardReason;

  private Scope scope = Scope.IN_PERIOD;
  private WhatIfSummary whatIf;

  /** Loads the version named in the URL; an unknown version answers 404. */
  public void load() throws IOException {
    RuleSet found = version == null ? null : ruleSets.find(version).orElse(null);
    if (found == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "No rule-set version has this label");
      faces.responseComplete();
      return;
    }
    show(found);
  }

  private void show(RuleSet found) {
    List<RuleSet> programVersions = ruleSets.versions(found.getProgramCode());
    ruleSet =
        RuleSetRow.of(programVersions).stream()
            .filter(r -> r.version().equals(found.getVersion()))
            .findFirst()
            .orElseGet(() -> RuleSetRow.of(List.of(found)).get(0));
    Map<String, ParameterKind> kinds = found.program().parameterKinds();
    parameters =
        found.parameters().asMap().values().stream()
            .map(
                p ->
                    new ParameterRow(
                        p.name(),
                        p.value(),
                        p.source(),
                        kinds.containsKey(p.name()) ? kinds.get(p.name()).description() : ""))
            .sorted(Comparator.comparing(ParameterRow::name))
            .toList();
  }

  /** Opens the change form for one parameter, filled with its current value and source. */
  public void edit(String name) {
    parameters.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .ifPresent(
            p -> {
              editing = p.name();
              value = p.value();
              source = p.source();
              reason = null;
            });
  }

  public void cancelEdit() {
    editing = null;
  }

  /** Saves the parameter being changed; refusals are shown next to their fields. */
  public void saveParameter() {
    if (editing == null) {
      return;
    }
    PageMessages messages = PageMessages.current();
    try {
      show(ruleSets.changeParameter(version, editing, value, source, reason));
      messages.done("params", messages.text("ruleSet.changed", editing, value.strip()));
      editing = null;
    } catch (InvalidRequestException refused) {
      messages.refused(refused, "params", PARAMETER_INPUTS);
    } catch (ConflictException | NotFoundException refused) {
      messages.error("params", refused.getMessage());
    } catch (EJBAccessException refused) {
      messages.error("params", messages.text("rules.notAllowed"));
    }
  }

  /** Publishes the draft and shows it again, now read-only. */
  public String publish() {
    PageMessages messages = PageMessages.current();
    try {
      RuleSet published = ruleSets.publish(version, publishReason);
      messages.doneAfterRedirect(
          messages.text(
              "ruleSet.published",
              published.getVersion(),
              published.getProgramCode(),
              published.getEffectiveFrom()));
      return "/rule-set.xhtml?faces-redirect=true&version=" + version;
    } catch (InvalidRequestException refused) {
      messages.refused(refused, "publish", PUBLISH_INPUTS);
    } catch (ConflictException | NotFoundException refused) {
      messages.error("publish", refused.getMessage());
    } catch (EJBAccessException refused) {
      messages.error("publish", messages.text("rules.notAllowed"));
    }
    return null;
  }

  /** Deletes the draft and goes back to the list of versions. */
  public String discard() {
    PageMessages messages = PageMessages.current();
    try {
      ruleSets.discard(version, discardReason);
      messages.doneAfterRedirect(messages.text("ruleSet.discarded", version));
      return "/rules.xhtml?faces-redirect=true";
    } catch (InvalidRequestException refused) {
      messages.refused(refused, "discard", DISCARD_INPUTS);
    } catch (ConflictException | NotFoundException refused) {
      messages.error("discard", refused.getMessage());
    } catch (EJBAccessException refused) {
      messages.error("discard", messages.text("rules.notAllowed"));
    }
    return null;
  }

  /** Runs the version over the chosen stored checks; no stored decision changes. */
  public void runWhatIf() {
    PageMessages messages = PageMessages.current();
    try {
      long started = System.nanoTime();
      WhatIf.Report report = ruleSets.whatIf(version, scope == Scope.ALL_CHECKS);
      whatIf = WhatIfSummary.of(report, Duration.ofNanos(System.nanoTime() - started));
    } catch (NotFoundException refused) {
      whatIf = null;
      messages.error("whatif", refused.getMessage());
    } catch (EJBAccessException refused) {
      whatIf = null;
      messages.error("whatif", messages.text("rules.notAllowed"));
    }
  }

  /** Only a program manager changes a version, and only while it is a draft. */
  public boolean isEditable() {
    return ruleSet != null && ruleSet.isDraft() && currentUser.hasRole(Role.Names.PROGRAM_MANAGER);
  }

  /** Program managers and auditors run what-ifs; administrators only read. */
  public boolean isWhatIfAllowed() {
    return currentUser.hasRole(Role.Names.PROGRAM_MANAGER)
        || currentUser.hasRole(Role.Names.AUDITOR);
  }

  /** The kind of value the parameter being changed takes. */
  public String getEditingKind() {
    return parameters.stream()
        .filter(p -> p.name().equals(editing))
        .map(ParameterRow::kind)
        .findFirst()
        .orElse("");
  }

  /** The scope in words, e.g. "Checks whose course starts on or after 2022-01-01". */
  public String scopeLabel(Scope scope) {
    PageMessages messages = PageMessages.current();
    return scope == Scope.IN_PERIOD
        ? messages.text("whatIf.scope.from", ruleSet.effectiveFrom().toString())
        : messages.text(
            "whatIf.scope.all", messages.text("eligibility.program." + ruleSet.programCode()));
  }

  public Scope[] getScopes() {
    return Scope.values();
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public RuleSetRow getRuleSet() {
    return ruleSet;
  }

  public List<ParameterRow> getParameters() {
    return parameters;
  }

  public String getEditing() {
    return editing;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getPublishReason() {
    return publishReason;
  }

  public void setPublishReason(String publishReason) {
    this.publishReason = publishReason;
  }

  public String getDiscardReason() {
    return discardReason;
  }

  public void setDiscardReason(String discardReason) {
    this.discardReason = discardReason;
  }

  public Scope getScope() {
    return scope;
  }

  public void setScope(Scope scope) {
    this.scope = scope;
  }

  public WhatIfSummary getWhatIf() {
    return whatIf;
  }
}
