package org.skillfund.placement;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import org.skillfund.provider.ProviderService;
import org.skillfund.shared.PageMessages;
import org.skillfund.shared.PagedLazyModel;
import org.skillfund.shared.ServiceCall;

/**
 * The officers' dispute queue: enrolments learners said they never made, a page at a time, oldest
 * first. An officer cancels one (not genuine: the place and the learner's entitlement come back) or
 * reinstates it (genuine: it counts as confirmed), with a reason, behind a confirmation.
 */
@Named
@ViewScoped
public class DisputesView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "disputes";
  private static final Map<String, String> FIELDS =
      Map.of("reason", "disputes:resolve-reason", "action", "disputes:resolve-reason");

  @EJB private EnrolmentService enrolments;
  @EJB private ProviderService providers;

  private final Map<String, String> providerNames = new HashMap<>();

  private String resolving;
  private String resolvingLearner;
  private EnrolmentAction resolution;
  private String reason;

  private final LazyDataModel<Enrolment> queue =
      new PagedLazyModel<>(
          request -> enrolments.list(EnrolmentStatus.DISPUTED, null, null, request),
          Enrolment::getId);

  /** Opens the dialog for one enrolment and one outcome (CANCEL or REINSTATE). */
  public void ask(Enrolment enrolment, EnrolmentAction action) {
    resolving = enrolment.getId();
    resolvingLearner = enrolment.learnerName() + " (" + enrolment.getUsi() + ")";
    resolution = action;
    reason = null;
  }

  /** Records the outcome the dialog was opened for, with its reason. */
  public void resolve() {
    Enrolment[] resolved = new Enrolment[1];
    if (ServiceCall.attempt(
        () -> resolved[0] = enrolments.resolveDispute(resolving, resolution, reason),
        FORM,
        FIELDS)) {
      PageMessages messages = PageMessages.current();
      Enrolment e = resolved[0];
      messages.done(
          FORM,
          messages.text(
              resolution == EnrolmentAction.CANCEL ? "disputes.cancelled" : "disputes.reinstated",
              e.learnerName(),
              e.getUsi(),
              e.getCourseCode(),
              messages.text("enrolments.status." + e.getStatus())));
      resolving = null;
    }
  }

  /** The provider's legal name (read once per page view). */
  public String providerName(String providerId) {
    return providerNames.computeIfAbsent(providerId, id -> providers.find(id).getLegalName());
  }

  public String when(Instant instant) {
    return PlacePages.when(instant);
  }

  public LazyDataModel<Enrolment> getQueue() {
    return queue;
  }

  public boolean isCancelling() {
    return resolution == EnrolmentAction.CANCEL;
  }

  public String getResolvingLearner() {
    return resolvingLearner;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
