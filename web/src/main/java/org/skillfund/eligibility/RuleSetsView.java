package org.skillfund.eligibility;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.skillfund.identity.CurrentUser;
import org.skillfund.identity.Role;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.PageMessages;

/** The rule-set versions of every program, and the program manager's form for a new draft. */
@Named
@ViewScoped
public class RuleSetsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Which input shows the service's refusal of a field. */
  private static final Map<String, String> FIELD_INPUTS =
      Map.of(
          "programCode", "draft:program",
          "basedOn", "draft:basedOn",
          "version", "draft:version",
          "effectiveFrom", "draft:effectiveFrom",
          "reason", "draft:reason");

  @EJB private RuleSetService ruleSets;

  @Inject private CurrentUser currentUser;

  private List<RuleSetRow> versions;

  private String programCode = JobTrainer.CODE;
  private String basedOn;
  private String version;
  private LocalDate effectiveFrom;
  private String reason;

  @PostConstruct
  void load() {
    versions = RuleSetRow.of(ruleSets.versions(null));
    basedOn = newestPublished(programCode);
  }

  /** From a version's page: the new draft copies that version ({@code /rules?basedOn=...}). */
  public void startFrom() {
    versions.stream()
        .filter(r -> r.version().equals(basedOn))
        .findFirst()
        .ifPresentOrElse(
            r -> programCode = r.programCode(), () -> basedOn = newestPublished(programCode));
  }

  /** Another program was chosen: offer its newest published version to copy. */
  public void programChanged() {
    basedOn = newestPublished(programCode);
  }

  /** Drafts the new version and opens its page; refusals are shown next to their fields. */
  public String createDraft() {
    PageMessages messages = PageMessages.current();
    try {
      RuleSet draft =
          ruleSets.draft(
              programCode,
              basedOn,
              version == null ? null : version.strip(),
              effectiveFrom,
              reason);
      messages.doneAfterRedirect(
          messages.text("rules.drafted", draft.getVersion(), basedOn, draft.getEffectiveFrom()));
      return "/rule-set.xhtml?faces-redirect=true&version=" + draft.getVersion();
    } catch (InvalidRequestException refused) {
      messages.refused(refused, "draft", FIELD_INPUTS);
    } catch (ConflictException | NotFoundException refused) {
      messages.error("draft", refused.getMessage());
    } catch (EJBAccessException refused) {
      messages.error("draft", messages.text("rules.notAllowed"));
    }
    return null;
  }

  private String newestPublished(String program) {
    // versions() lists each program newest first
    return versions.stream()
        .filter(r -> r.programCode().equals(program) && r.isPublished())
        .map(RuleSetRow::version)
        .findFirst()
        .orElse(null);
  }

  /** Only program managers draft new versions. */
  public boolean isManager() {
    return currentUser.hasRole(Role.Names.PROGRAM_MANAGER);
  }

  public List<Program> getPrograms() {
    return Programs.ALL;
  }

  public List<RuleSetRow> getVersions() {
    return versions;
  }

  /** The versions a new draft of the chosen program may copy. */
  public List<RuleSetRow> getBasedOnChoices() {
    return versions.stream().filter(r -> r.programCode().equals(programCode)).toList();
  }

  public String getProgramCode() {
    return programCode;
  }

  public void setProgramCode(String programCode) {
    this.programCode = programCode;
  }

  public String getBasedOn() {
    return basedOn;
  }

  public void setBasedOn(String basedOn) {
    this.basedOn = basedOn;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
