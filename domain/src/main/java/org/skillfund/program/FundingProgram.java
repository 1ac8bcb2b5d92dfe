package org.skillfund.program;

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
import java.util.Optional;
import org.skillfund.shared.AustralianState;

/**
 * A funding program: its window for place applications, streams, eligible courses by state, price
 * list, place targets, fee rule, per-provider cap and the eligibility rules it uses. Its budgets by
 * state and stream are {@link ProgramBudget} rows, because approvals change them concurrently.
 */
@Entity
@Table(name = "funding_program")
public class FundingProgram {

  @Id
  @Column(name = "code", length = 30)
  private String code;

  @Column(name = "name", length = 200, nullable = false)
  private String name;

  /** The eligibility program (rule sets) that decides who may take a place. */
  @Column(name = "rule_program_code", length = 30, nullable = false)
  private String ruleProgramCode;

  @Column(name = "opens_on", nullable = false)
  private LocalDate opensOn;

  @Column(name = "closes_on", nullable = false)
  private LocalDate closesOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "fee_rule", length = 30, nullable = false)
  private FeeRule feeRule;

  @Column(name = "fee_cap_cents", nullable = false)
  private long feeCapCents;

  @Column(name = "provider_cap_cents", nullable = false)
  private long providerCapCents;

  @Column(name = "created_by", length = 60, nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "program_stream", joinColumns = @JoinColumn(name = "program_code"))
  private List<ProgramStream> streams = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "program_course", joinColumns = @JoinColumn(name = "program_code"))
  private List<ProgramCourse> courses = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "program_price", joinColumns = @JoinColumn(name = "program_code"))
  private List<CoursePrice> prices = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "program_place_target", joinColumns = @JoinColumn(name = "program_code"))
  private List<PlaceTarget> placeTargets = new ArrayList<>();

  protected FundingProgram() {}

  public FundingProgram(
      String code,
      String name,
      String ruleProgramCode,
      LocalDate opensOn,
      LocalDate closesOn,
      FeeRule feeRule,
      long feeCapCents,
      long providerCapCents,
      String createdBy,
      Instant createdAt) {
    this.code = code;
    this.name = name;
    this.ruleProgramCode = ruleProgramCode;
    this.opensOn = opensOn;
    this.closesOn = closesOn;
    this.feeRule = feeRule;
    this.feeCapCents = feeCapCents;
    this.providerCapCents = providerCapCents;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Whether providers may apply for places on {@code day} (the window includes both ends). */
  public boolean isOpenOn(LocalDate day) {
    return !day.isBefore(opensOn) && !day.isAfter(closesOn);
  }

  public boolean hasStream(String streamCode) {
    return streams.stream().anyMatch(s -> s.getCode().equals(streamCode));
  }

  /** Whether the program funds {@code courseCode} in {@code state}. */
  public Optional<ProgramCourse> course(String courseCode, AustralianState state) {
    return courses.stream()
        .filter(c -> c.getCourseCode().equals(courseCode) && c.getState() == state)
        .findFirst();
  }

  public Optional<CoursePrice> priceOf(String courseCode) {
    return prices.stream().filter(p -> p.getCourseCode().equals(courseCode)).findFirst();
  }

  /**
   * Replaces the terms a program manager may change after creation (courses, prices and targets
   * change through {@link #offer}; budgets on their own).
   */
  public void redefine(
      String name,
      LocalDate opensOn,
      LocalDate closesOn,
      FeeRule feeRule,
      long feeCapCents,
      long providerCapCents) {
    this.name = name;
    this.opensOn = opensOn;
    this.closesOn = closesOn;
    this.feeRule = feeRule;
    this.feeCapCents = feeCapCents;
    this.providerCapCents = providerCapCents;
  }

  /** Replaces the eligible courses by state, the price list and the place targets. */
  public void offer(
      List<ProgramCourse> courses, List<CoursePrice> prices, List<PlaceTarget> placeTargets) {
    this.courses.clear();
    this.courses.addAll(courses);
    this.prices.clear();
    this.prices.addAll(prices);
    this.placeTargets.clear();
    this.placeTargets.addAll(placeTargets);
  }

  public void addStream(ProgramStream stream) {
    streams.add(stream);
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getRuleProgramCode() {
    return ruleProgramCode;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public FeeRule getFeeRule() {
    return feeRule;
  }

  public long getFeeCapCents() {
    return feeCapCents;
  }

  public long getProviderCapCents() {
    return providerCapCents;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<ProgramStream> getStreams() {
    return List.copyOf(streams);
  }

  public List<ProgramCourse> getCourses() {
    return List.copyOf(courses);
  }

  public List<CoursePrice> getPrices() {
    return List.copyOf(prices);
  }

  public List<PlaceTarget> getPlaceTargets() {
    return List.copyOf(placeTargets);
  }

  /** The target number of places in {@code state}, zero when none is set. */
  public int targetIn(AustralianState state) {
    return placeTargets.stream()
        .filter(t -> t.getState() == state)
        .mapToInt(PlaceTarget::getPlaces)
        .sum();
  }
}
