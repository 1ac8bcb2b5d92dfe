package org.skillfund.eligibility;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored, dated version of a program's rule parameters (DESIGN.md, "Rules as code"). The rules
 * themselves are code ({@link Program}); a version says which values they read and when.
 */
@Entity
@Table(name = "rule_set")
public class RuleSet {

  @Id
  @Column(name = "version", length = 60)
  private String version;

  @Column(name = "program_code", length = 30, nullable = false)
  private String programCode;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(name = "effective_to")
  private LocalDate effectiveTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 12, nullable = false)
  private RuleSetStatus status;

  @Column(name = "created_by", length = 60, nullable = false)
  private String createdBy;

  @Column(name = "published_by", length = 60)
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "rule_parameter", joinColumns = @JoinColumn(name = "version"))
  private List<RuleParameterValue> parameters = new ArrayList<>();

  protected RuleSet() {}

  /** A new draft of {@code program}'s parameters, in force from {@code effectiveFrom}. */
  public static RuleSet draft(
      Program program,
      String version,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      RuleParameters parameters,
      String createdBy) {
    RuleSet ruleSet = new RuleSet();
    ruleSet.version = version;
    ruleSet.programCode = program.code();
    ruleSet.effectiveFrom = effectiveFrom;
    ruleSet.effectiveTo = effectiveTo;
    ruleSet.status = RuleSetStatus.DRAFT;
    ruleSet.createdBy = createdBy;
    parameters.asMap().values().forEach(p -> ruleSet.parameters.add(new RuleParameterValue(p)));
    ruleSet.toVersion(); // refuses an impossible period now rather than at the first check
    return ruleSet;
  }

  /** Publishes the draft; from now on it decides checks and never changes. */
  public void publish(String by, Instant at) {
    if (status != RuleSetStatus.DRAFT) {
      throw new IllegalStateException("version " + version + " is already published");
    }
    status = RuleSetStatus.PUBLISHED;
    publishedBy = by;
    publishedAt = at;
  }

  /** Replaces the draft's parameter values; a published version refuses. */
  public void replaceParameters(RuleParameters values) {
    if (status != RuleSetStatus.DRAFT) {
      throw new IllegalStateException("version " + version + " is published and never changes");
    }
    parameters.clear();
    values.asMap().values().forEach(p -> parameters.add(new RuleParameterValue(p)));
  }

  /** The values the rules read in this version, with their sources. */
  public RuleParameters parameters() {
    return RuleParameters.of(
        parameters.stream()
            .map(RuleParameterValue::toParameter)
            .toArray(RuleParameters.Parameter[]::new));
  }

  /** The evaluator for this version. */
  public RuleSetVersion toVersion() {
    return new RuleSetVersion(
        Programs.byCode(programCode), version, effectiveFrom, effectiveTo, parameters());
  }

  public Program program() {
    return Programs.byCode(programCode);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getVersion() {
    return version;
  }

  public String getProgramCode() {
    return programCode;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public LocalDate getEffectiveTo() {
    return effectiveTo;
  }

  public RuleSetStatus getStatus() {
    return status;
  }
}
