package org.skillfund.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.skillfund.shared.AustralianState;

/** How many places the program aims to fund in one state. */
@Embeddable
public class PlaceTarget {

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 3, nullable = false)
  private AustralianState state;

  @Column(name = "places", nullable = false)
  private int places;

  protected PlaceTarget() {}

  public PlaceTarget(AustralianState state, int places) {
    this.state = state;
    this.places = places;
  }

  public AustralianState getState() {
    return state;
  }

  public int getPlaces() {
    return places;
  }
}
