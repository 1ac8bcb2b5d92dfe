package org.skillfund.placement;

import java.io.Serializable;
import org.skillfund.provider.CetModel;
import org.skillfund.provider.WorkBasedFormat;
import org.skillfund.shared.AustralianState;

/** One line of a place application as the provider types it. */
public class PlaceLineForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String courseCode;
  private AustralianState state;
  private Integer places;
  private CetModel cetModel;
  private WorkBasedFormat workBasedFormat;
  private String locations;
  private String startDates;

  static PlaceLineForm of(PlaceRequest line) {
    PlaceLineForm form = new PlaceLineForm();
    form.courseCode = line.getCourseCode();
    form.state = line.getState();
    form.places = line.getPlaces();
    form.cetModel = line.getCetModel();
    form.workBasedFormat = line.getWorkBasedFormat();
    form.locations = line.getLocations();
    form.startDates = line.getStartDates();
    return form;
  }

  PlaceApplicationInput.Line toInput() {
    return new PlaceApplicationInput.Line(
        courseCode,
        state,
        places == null ? 0 : places,
        cetModel,
        cetModel != null && !cetModel.isWorkBased() ? null : workBasedFormat,
        locations,
        startDates);
  }

  /** Whether the chosen delivery model is work-based, so it needs a work-based format. */
  public boolean isWorkBased() {
    return cetModel == null || cetModel.isWorkBased();
  }

  public String getCourseCode() {
    return courseCode;
  }

  public void setCourseCode(String courseCode) {
    this.courseCode = courseCode;
  }

  public AustralianState getState() {
    return state;
  }

  public void setState(AustralianState state) {
    this.state = state;
  }

  public Integer getPlaces() {
    return places;
  }

  public void setPlaces(Integer places) {
    this.places = places;
  }

  public CetModel getCetModel() {
    return cetModel;
  }

  public void setCetModel(CetModel cetModel) {
    this.cetModel = cetModel;
  }

  public WorkBasedFormat getWorkBasedFormat() {
    return workBasedFormat;
  }

  public void setWorkBasedFormat(WorkBasedFormat workBasedFormat) {
    this.workBasedFormat = workBasedFormat;
  }

  public String getLocations() {
    return locations;
  }

  public void setLocations(String locations) {
    this.locations = locations;
  }

  public String getStartDates() {
    return startDates;
  }

  public void setStartDates(String startDates) {
    this.startDates = startDates;
  }
}
