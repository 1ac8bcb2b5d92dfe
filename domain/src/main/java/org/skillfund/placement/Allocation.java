package org.skillfund.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.skillfund.shared.AustralianState;

/**
 * Places granted to a provider for one course in one state, with the money they commit. Its place
 * counters are changed only by conditional SQL updates (enrolments consume a place only while one
 * is left; a reduction never goes below the places used); this entity is read to show them.
 */
@Entity
@Table(name = "allocation")
public class Allocation {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "application_id", length = 36, nullable = false, updatable = false)
  private String applicationId;

  @Column(name = "line_no", nullable = false, updatable = false)
  private int lineNo;

  @Column(name = "program_code", length = 30, nullable = false, updatable = false)
  private String programCode;

  @Column(name = "provider_id", length = 36, nullable = false, updatable = false)
  private String providerId;

  @Column(name = "stream_code", length = 20, nullable = false, updatable = false)
  private String streamCode;

  @Column(name = "course_code", length = 12, nullable = false, updatable = false)
  private String courseCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 3, nullable = false, updatable = false)
  private AustralianState state;

  @Column(name = "places", nullable = false, updatable = false)
  private int places;

  @Column(name = "places_used", nullable = false, updatable = false)
  private int placesUsed;

  @Column(name = "places_completed", nullable = false, updatable = false)
  private int placesCompleted;

  @Column(name = "price_cents", nullable = false, updatable = false)
  private long priceCents;

  @Column(name = "amount_cents", nullable = false, updatable = false)
  private long amountCents;

  @Column(name = "period_from", nullable = false, updatable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false, updatable = false)
  private LocalDate periodTo;

  @Column(name = "created_by", length = 60, nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Allocation() {}

  public Allocation(
      String id,
      PlaceApplication application,
      int lineNo,
      int places,
      String createdBy,
      Instant createdAt) {
    PlaceRequest line = application.getLines().get(lineNo);
    this.id = id;
    this.applicationId = application.getId();
    this.lineNo = lineNo;
    this.programCode = application.getProgramCode();
    this.providerId = application.getProviderId();
    this.streamCode = application.getStreamCode();
    this.courseCode = line.getCourseCode();
    this.state = line.getState();
    this.places = places;
    this.priceCents = line.getPriceCents();
    this.amountCents = places * line.getPriceCents();
    this.periodFrom = application.getPeriodFrom();
    this.periodTo = application.getPeriodTo();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public String getId() {
    return id;
  }

  public String getApplicationId() {
    return applicationId;
  }

  public int getLineNo() {
    return lineNo;
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

  public String getCourseCode() {
    return courseCode;
  }

  public AustralianState getState() {
    return state;
  }

  public int getPlaces() {
    return places;
  }

  public int getPlacesUsed() {
    return placesUsed;
  }

  public int getPlacesCompleted() {
    return placesCompleted;
  }

  public int getPlacesRemaining() {
    return places - placesUsed;
  }

  public long getPriceCents() {
    return priceCents;
  }

  public long getAmountCents() {
    return amountCents;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
