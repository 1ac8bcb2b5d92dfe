package org.skillfund.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.skillfund.provider.CetModel;
import org.skillfund.provider.WorkBasedFormat;
import org.skillfund.shared.AustralianState;

/**
 * One line of a place application: places of one course in one state with its delivery plan, the
 * price per place fixed when it was saved, and the officer's recommendation and delegate's
 * decision.
 */
@Embeddable
public class PlaceRequest {

  @Column(name = "course_code", length = 12, nullable = false)
  private String courseCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 3, nullable = false)
  private AustralianState state;

  @Column(name = "places", nullable = false)
  private int places;

  @Enumerated(EnumType.STRING)
  @Column(name = "cet_model", length = 30, nullable = false)
  private CetModel cetModel;

  @Enumerated(EnumType.STRING)
  @Column(name = "work_based_format", length = 20)
  private WorkBasedFormat workBasedFormat;

  @Column(name = "locations", length = 500, nullable = false)
  private String locations;

  @Column(name = "start_dates", length = 300, nullable = false)
  private String startDates;

  @Column(name = "price_cents", nullable = false)
  private long priceCents;

  @Column(name = "recommended_places")
  private Integer recommendedPlaces;

  @Column(name = "approved_places")
  private Integer approvedPlaces;

  protected PlaceRequest() {}

  public PlaceRequest(
      String courseCode,
      AustralianState state,
      int places,
      CetModel cetModel,
      WorkBasedFormat workBasedFormat,
      String locations,
      String startDates,
      long priceCents) {
    this.courseCode = courseCode;
    this.state = state;
    this.places = places;
    this.cetModel = cetModel;
    this.workBasedFormat = workBasedFormat;
    this.locations = locations;
    this.startDates = startDates;
    this.priceCents = priceCents;
  }

  public long requestedCents() {
    return places * priceCents;
  }

  void recommend(int recommended) {
    this.recommendedPlaces = recommended;
  }

  void approve(int approved) {
    this.approvedPlaces = approved;
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

  public CetModel getCetModel() {
    return cetModel;
  }

  public WorkBasedFormat getWorkBasedFormat() {
    return workBasedFormat;
  }

  public String getLocations() {
    return locations;
  }

  public String getStartDates() {
    return startDates;
  }

  public long getPriceCents() {
    return priceCents;
  }

  public Integer getRecommendedPlaces() {
    return recommendedPlaces;
  }

  public Integer getApprovedPlaces() {
    return approvedPlaces;
  }
}
