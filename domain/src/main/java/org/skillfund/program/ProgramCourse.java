package org.skillfund.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.skillfund.shared.AustralianState;

/** A course the program funds in one state, and whether it is on that state's priority list. */
@Embeddable
public class ProgramCourse {

  @Column(name = "course_code", length = 12, nullable = false)
  private String courseCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 3, nullable = false)
  private AustralianState state;

  @Column(name = "priority", nullable = false)
  private boolean priority;

  protected ProgramCourse() {}

  public ProgramCourse(String courseCode, AustralianState state, boolean priority) {
    this.courseCode = courseCode;
    this.state = state;
    this.priority = priority;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public AustralianState getState() {
    return state;
  }

  public boolean isPriority() {
    return priority;
  }
}
