package org.skillfund.placement;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.PageMessages;

/**
 * The learner's enrolments page: the enrolment their mailed link points to, with "Yes, this is me"
 * and "I did not enrol", and every enrolment made under their USI.
 */
@Named
@ViewScoped
public class EnrolmentConfirmationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private EnrolmentService enrolments;

  /** What the page shows of the linked enrolment (kept in the view, so plain and serialisable). */
  public record Linked(
      String courseCode,
      String state,
      String startDate,
      String learner,
      String status,
      boolean pending)
      implements Serializable {

    static Linked of(Enrolment e) {
      return new Linked(
          e.getCourseCode(),
          e.getState().name(),
          e.getStartDate().toString(),
          e.learnerName(),
          e.getStatus().words(),
          e.getStatus() == EnrolmentStatus.PENDING_LEARNER_CONFIRMATION);
    }
  }

  private String token;
  private Linked linked;
  private String reason;
  private boolean answered;

  /** Reads the linked enrolment, or says why the link does not work. */
  public void load() {
    if (token == null || token.isBlank()) {
      return;
    }
    try {
      linked = Linked.of(enrolments.byLink(token));
    } catch (NotFoundException | EJBAccessException refused) {
      PageMessages.current().error("answer", PageMessages.current().text("enrolment.linkInvalid"));
    }
  }

  public void confirm() {
    answer(true);
  }

  public void dispute() {
    answer(false);
  }

  private void answer(boolean confirm) {
    PageMessages messages = PageMessages.current();
    try {
      linked =
          Linked.of(
              confirm
                  ? enrolments.confirmByLearner(token)
                  : enrolments.disputeByLearner(token, reason));
      answered = true;
      messages.done(
          "answer", messages.text(confirm ? "enrolment.confirmed" : "enrolment.disputed"));
    } catch (ConflictException | NotFoundException refused) {
      messages.error("answer", refused.getMessage());
    } catch (InvalidRequestException refused) {
      messages.refused(refused, "answer", Map.of("reason", "answer:reason"));
    }
  }

  /** Every enrolment made under the learner's USI, newest first. */
  public List<Enrolment> getMine() {
    return enrolments.mine();
  }

  public boolean isOpen() {
    return linked != null && !answered && linked.pending();
  }

  public Linked getLinked() {
    return linked;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
