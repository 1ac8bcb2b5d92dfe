package org.skillfund.provider;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.skillfund.identity.Role;

/**
 * A registered training organisation (RTO) that delivers funded training: its registration status
 * with the department (DESIGN.md, provider workflow) and the products on its approved scope. The
 * content it applied with lives in {@link ProviderApplication} versions.
 */
@Entity
@Table(name = "provider")
public class Provider {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "legal_name", nullable = false, length = 200)
  @NotBlank
  @Size(max = 200)
  private String legalName;

  @Column(name = "abn", nullable = false, length = 11)
  @Abn
  @NotNull
  private String abn;

  @Column(name = "rto_code", length = 5)
  @Pattern(regexp = "\\d{4,5}", message = "{skillfund.provider.rtoCode}")
  private String rtoCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  @NotNull
  private ProviderStatus status;

  @Column(name = "current_version", nullable = false)
  private int currentVersion = 1;

  @Column(name = "status_reason", length = 2000)
  private String statusReason;

  @Column(name = "status_effective", nullable = true)
  private LocalDate statusEffective;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(name = "status_changed_by", length = 60)
  private String statusChangedBy;

  @Column(name = "last_submitted_at")
  private Instant lastSubmittedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "provider_scope", joinColumns = @JoinColumn(name = "provider_id"))
  private List<ScopeEntry> scope = new ArrayList<>();

  protected Provider() {}

  public Provider(String id, String legalName, String abn, String rtoCode, ProviderStatus status) {
    this.id = id;
    this.legalName = legalName;
    this.abn = abn;
    this.rtoCode = rtoCode;
    this.status = status;
  }

  /**
   * Takes a workflow step: checks the state machine for the caller's roles and records who, when
   * and why.
   */
  public void take(
      ProviderAction action,
      Set<Role> roles,
      String by,
      Instant at,
      String reason,
      LocalDate effective) {
    ProviderStatus next = ProviderWorkflow.next(status, action, roles);
    if (action == ProviderAction.SUBMIT) {
      lastSubmittedAt = at;
    }
    if (next != status) {
      status = next;
      statusChangedAt = at;
      statusChangedBy = by;
      statusReason = reason;
      statusEffective = effective;
    }
  }

  /** Starts a new application version (after a return for more information). */
  public int nextVersion() {
    return ++currentVersion;
  }

  /** Copies the registered details from the application being approved or submitted. */
  public void register(String legalName, String abn, String rtoCode) {
    this.legalName = legalName;
    this.abn = abn;
    this.rtoCode = rtoCode;
  }

  /** Replaces the approved scope (on approval). */
  public void approveScope(List<ScopeEntry> entries) {
    scope.clear();
    scope.addAll(entries);
  }

  /** Whether the provider may deliver funded training now (approved, not suspended or revoked). */
  public boolean isActive() {
    return status == ProviderStatus.APPROVED;
  }

  public String getId() {
    return id;
  }

  public String getLegalName() {
    return legalName;
  }

  public String getAbn() {
    return abn;
  }

  public String getRtoCode() {
    return rtoCode;
  }

  public ProviderStatus getStatus() {
    return status;
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public LocalDate getStatusEffective() {
    return statusEffective;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public Instant getLastSubmittedAt() {
    return lastSubmittedAt;
  }

  public String getStatusChangedBy() {
    return statusChangedBy;
  }

  public List<ScopeEntry> getScope() {
    return Collections.unmodifiableList(scope);
  }
}
