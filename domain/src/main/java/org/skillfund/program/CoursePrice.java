package org.skillfund.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The subsidy a program pays per place of a course: a commencement part, claimable once the learner
 * has started, and a completion part.
 */
@Embeddable
public class CoursePrice {

  @Column(name = "course_code", length = 12, nullable = false)
  private String courseCode;

  @Column(name = "commencement_cents", nullable = false)
  private long commencementCents;

  @Column(name = "completion_cents", nullable = false)
  private long completionCents;

  protected CoursePrice() {}

  public CoursePrice(String courseCode, long commencementCents, long completionCents) {
    this.courseCode = courseCode;
    this.commencementCents = commencementCents;
    this.completionCents = completionCents;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public long getCommencementCents() {
    return commencementCents;
  }

  public long getCompletionCents() {
    return completionCents;
  }

  /** The whole subsidy of one place. */
  public long perPlaceCents() {
    return commencementCents + completionCents;
  }
}
