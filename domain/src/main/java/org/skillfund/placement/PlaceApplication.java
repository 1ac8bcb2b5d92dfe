package org.skillfund.placement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A provider's application for funded places under one program and stream: lines of places per
 * course and state with a delivery plan, then the officer's assessment and the delegates' decision.
 * Changes of state go through {@link PlaceWorkflow}; the service checks roles and tenancy first.
 */
@Entity
@Table(name = "place_application")
public class PlaceApplication {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "program_code", length = 30, nullable = false)
  private String programCode;

  @Column(name = "provider_id", length = 36, nullable = false)
  private String providerId;

  @Column(name = "stream_code", length = 20, nullable = false)
  private String streamCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 30, nullable = false)
  private PlaceApplicationStatus status;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Column(name = "justification", length = 4000, nullable = false)
  private String justification;

  @Column(name = "industry_partners", length = 1000)
  private String industryPartners;

  @Column(name = "requested_cents", nullable = false)
  private long requestedCents;

  @Column(name = "created_by", length = 60, nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_by", length = 60, nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_by", length = 60)
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  /** Comma-separated {@link RiskFlag} names. */
  @Column(name = "risk_flags", length = 2000)
  private String riskFlags;

  @Column(name = "assessed_by", length = 60)
  private String assessedBy;

  @Column(name = "assessed_at")
  private Instant assessedAt;

  /** Comma-separated scores in {@link Criterion} order. */
  @Column(name = "scores", length = 200)
  private String scores;

  @Column(name = "total_score")
  private Integer totalScore;

  @Column(name = "assessment_note", length = 4000)
  private String assessmentNote;

  @Column(name = "first_approver", length = 60)
  private String firstApprover;

  @Column(name = "first_approved_at")
  private Instant firstApprovedAt;

  @Column(name = "first_reason", length = 2000)
  private String firstReason;

  @Column(name = "decided_by", length = 60)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = 2000)
  private String decisionReason;

  @Column(name = "approved_cents", nullable = false)
  private long approvedCents;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "place_request", joinColumns = @JoinColumn(name = "application_id"))
  @OrderColumn(name = "line_no")
  private List<PlaceRequest> lines = new ArrayList<>();

  protected PlaceApplication() {}

  public PlaceApplication(
      String id,
      String programCode,
      String providerId,
      String streamCode,
      String username,
      Instant now) {
    this.id = id;
    this.programCode = programCode;
    this.providerId = providerId;
    this.streamCode = streamCode;
    this.status = PlaceApplicationStatus.DRAFT;
    this.createdBy = username;
    this.createdAt = now;
    this.updatedBy = username;
    this.updatedAt = now;
    this.justification = "";
  }

  /** Replaces the draft's content (the service has checked every field). */
  public void saveDraft(
      String streamCode,
      LocalDate periodFrom,
      LocalDate periodTo,
      String justification,
      String industryPartners,
      List<PlaceRequest> lines,
      String username,
      Instant now) {
    this.streamCode = streamCode;
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.justification = justification;
    this.industryPartners = industryPartners;
    this.lines.clear();
    this.lines.addAll(lines);
    this.requestedCents = lines.stream().mapToLong(PlaceRequest::requestedCents).sum();
    this.updatedBy = username;
    this.updatedAt = now;
  }

  public void submit(Set<RiskFlag> flags, String username, Instant now) {
    this.status = PlaceApplicationStatus.SUBMITTED;
    this.riskFlags = flags.stream().map(Enum::name).collect(Collectors.joining(","));
    this.submittedBy = username;
    this.submittedAt = now;
  }

  public void withdraw(String username, Instant now, String reason) {
    this.status = PlaceApplicationStatus.WITHDRAWN;
    this.decidedBy = username;
    this.decidedAt = now;
    this.decisionReason = reason;
  }

  /**
   * Records the officer's assessment: a score per criterion, a recommended number of places per
   * line and a note.
   */
  public void assess(
      Map<Criterion, Integer> criterionScores,
      List<Integer> recommended,
      String note,
      String username,
      Instant now) {
    this.status = PlaceApplicationStatus.ASSESSED;
    this.scores =
        Arrays.stream(Criterion.values())
            .map(c -> String.valueOf(criterionScores.get(c)))
            .collect(Collectors.joining(","));
    this.totalScore = criterionScores.values().stream().mapToInt(Integer::intValue).sum();
    for (int i = 0; i < lines.size(); i++) {
      lines.get(i).recommend(recommended.get(i));
    }
    this.assessmentNote = note;
    this.assessedBy = username;
    this.assessedAt = now;
  }

  /** What a decision granting {@code approved} places per line is: approve, partly, or decline. */
  public PlaceAction outcomeOf(List<Integer> approved) {
    int total = approved.stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return PlaceAction.DECLINE;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (approved.get(i) < lines.get(i).getPlaces()) {
        return PlaceAction.PARTIALLY_APPROVE;
      }
    }
    return PlaceAction.APPROVE;
  }

  /** The money {@code approved} places per line commit. */
  public long amountOf(List<Integer> approved) {
    long sum = 0;
    for (int i = 0; i < lines.size(); i++) {
      sum += approved.get(i) * lines.get(i).getPriceCents();
    }
    return sum;
  }

  /** A first delegate approved above their limit: the places wait for a second delegate. */
  public void refer(List<Integer> approved, String username, Instant now, String reason) {
    this.status = PlaceApplicationStatus.AWAITING_SECOND_APPROVAL;
    for (int i = 0; i < lines.size(); i++) {
      lines.get(i).approve(approved.get(i));
    }
    this.firstApprover = username;
    this.firstApprovedAt = now;
    this.firstReason = reason;
  }

  /** The final decision: the places granted per line (all zero for a decline). */
  public void decide(
      PlaceApplicationStatus outcome,
      List<Integer> approved,
      String username,
      Instant now,
      String reason) {
    this.status = outcome;
    for (int i = 0; i < lines.size(); i++) {
      lines.get(i).approve(approved.get(i));
    }
    this.approvedCents = amountOf(approved);
    this.decidedBy = username;
    this.decidedAt = now;
    this.decisionReason = reason;
  }

  /** A delegate reduced the places granted; the allocations and budgets were reduced with it. */
  public void reduce(List<Integer> approved) {
    this.status = PlaceApplicationStatus.PARTIALLY_APPROVED;
    for (int i = 0; i < lines.size(); i++) {
      lines.get(i).approve(approved.get(i));
    }
    this.approvedCents = amountOf(approved);
  }

  /** The places now granted per line (zero before a decision). */
  public List<Integer> approvedPlaces() {
    return lines.stream()
        .map(l -> l.getApprovedPlaces() == null ? 0 : l.getApprovedPlaces())
        .toList();
  }

  public long placesRequested() {
    return lines.stream().mapToLong(PlaceRequest::getPlaces).sum();
  }

  public Set<RiskFlag> getRiskFlagSet() {
    Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
    if (riskFlags != null && !riskFlags.isBlank()) {
      Arrays.stream(riskFlags.split(",")).map(RiskFlag::valueOf).forEach(flags::add);
    }
    return flags;
  }

  /** The officer's score per criterion, empty before the assessment. */
  public Map<Criterion, Integer> getScoreMap() {
    Map<Criterion, Integer> map = new EnumMap<>(Criterion.class);
    if (scores != null) {
      String[] parts = scores.split(",");
      for (Criterion c : Criterion.values()) {
        map.put(c, Integer.valueOf(parts[c.ordinal()]));
      }
    }
    return map;
  }

  public String getId() {
    return id;
  }

  public String getProgramCode() {
    return programCode;
  }

  public String getProviderId() {
    return providerId;
  }

  public String getStreamCode() {
    return streamCode;
  }

  public PlaceApplicationStatus getStatus() {
    return status;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public String getJustification() {
    return justification;
  }

  public String getIndustryPartners() {
    return industryPartners;
  }

  public long getRequestedCents() {
    return requestedCents;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getAssessedBy() {
    return assessedBy;
  }

  public Instant getAssessedAt() {
    return assessedAt;
  }

  public Integer getTotalScore() {
    return totalScore;
  }

  public String getAssessmentNote() {
    return assessmentNote;
  }

  public String getFirstApprover() {
    return firstApprover;
  }

  public Instant getFirstApprovedAt() {
    return firstApprovedAt;
  }

  public String getFirstReason() {
    return firstReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public long getApprovedCents() {
    return approvedCents;
  }

  public List<PlaceRequest> getLines() {
    return List.copyOf(lines);
  }
}
