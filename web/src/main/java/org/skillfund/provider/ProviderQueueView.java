package org.skillfund.provider;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.primefaces.model.LazyDataModel;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.PagedLazyModel;

/**
 * The department's work queue of provider applications, oldest submission first, filtered by status
 * (submitted and under assessment unless chosen otherwise) and delivery state.
 */
@Named
@ViewScoped
public class ProviderQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ProviderStatus[] WAITING = {
    ProviderStatus.SUBMITTED, ProviderStatus.UNDER_ASSESSMENT
  };

  @EJB private ProviderService providers;

  private ProviderStatus[] statuses = WAITING.clone();
  private AustralianState state;

  private final LazyDataModel<Provider> queue =
      new PagedLazyModel<>(
          request -> providers.list(chosenStatuses(), state, request), Provider::getId);

  private Set<ProviderStatus> chosenStatuses() {
    return statuses.length == 0
        ? EnumSet.noneOf(ProviderStatus.class)
        : EnumSet.copyOf(Arrays.asList(statuses));
  }

  /** Back to the waiting applications in every state. */
  public void reset() {
    statuses = WAITING.clone();
    state = null;
  }

  public String when(Instant instant) {
    return ProviderPages.when(instant);
  }

  public LazyDataModel<Provider> getQueue() {
    return queue;
  }

  public ProviderStatus[] getAllStatuses() {
    return ProviderStatus.values();
  }

  public AustralianState[] getStates() {
    return AustralianState.values();
  }

  public ProviderStatus[] getStatuses() {
    return statuses;
  }

  public void setStatuses(ProviderStatus[] statuses) {
    this.statuses = statuses == null ? new ProviderStatus[0] : statuses;
  }

  public AustralianState getState() {
    return state;
  }

  public void setState(AustralianState state) {
    this.state = state;
  }
}
