package org.skillfund.placement;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.LazyDataModel;
import org.skillfund.identity.CurrentUser;
import org.skillfund.identity.Role;
import org.skillfund.program.Money;
import org.skillfund.provider.Provider;
import org.skillfund.provider.ProviderService;
import org.skillfund.shared.PagedLazyModel;

/**
 * Place applications, a page at a time, oldest submission first: for provider users their own (with
 * a link to start a new one), for the department the work queue (waiting for assessment or a
 * decision unless other states are chosen).
 */
@Named
@ViewScoped
public class PlaceApplicationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final PlaceApplicationStatus[] WAITING = {
    PlaceApplicationStatus.SUBMITTED,
    PlaceApplicationStatus.ASSESSED,
    PlaceApplicationStatus.AWAITING_SECOND_APPROVAL
  };

  @EJB private PlacementService placements;
  @EJB private ProviderService providers;
  @Inject private CurrentUser currentUser;

  private PlaceApplicationStatus[] statuses = {};
  private String programCode;
  private final Map<String, String> providerNames = new HashMap<>();

  private final LazyDataModel<PlaceApplication> applications =
      new PagedLazyModel<>(
          request -> placements.list(new PlaceFilter(chosenStatuses(), programCode, null), request),
          PlaceApplication::getId);

  @PostConstruct
  void start() {
    if (!isProviderUser()) {
      statuses = WAITING.clone();
    }
  }

  private Set<PlaceApplicationStatus> chosenStatuses() {
    return statuses.length == 0
        ? EnumSet.noneOf(PlaceApplicationStatus.class)
        : EnumSet.copyOf(Arrays.asList(statuses));
  }

  /** Back to the default filter. */
  public void reset() {
    statuses = isProviderUser() ? new PlaceApplicationStatus[0] : WAITING.clone();
    programCode = null;
  }

  public boolean isProviderUser() {
    return currentUser.hasRole(Role.Names.PROVIDER_ADMIN)
        || currentUser.hasRole(Role.Names.PROVIDER_STAFF);
  }

  /** Provider users open their own editor; the department opens the review. */
  public String getOutcome() {
    return isProviderUser() ? "/place-application" : "/place-review";
  }

  public String providerName(String providerId) {
    return providerNames.computeIfAbsent(
        providerId, id -> isProviderUser() ? "" : providerOf(id).getLegalName());
  }

  private Provider providerOf(String id) {
    return providers.find(id);
  }

  public String when(Instant instant) {
    return PlacePages.when(instant);
  }

  public String money(long cents) {
    return Money.format(cents);
  }

  public LazyDataModel<PlaceApplication> getApplications() {
    return applications;
  }

  public PlaceApplicationStatus[] getAllStatuses() {
    return PlaceApplicationStatus.values();
  }

  public PlaceApplicationStatus[] getStatuses() {
    return statuses;
  }

  public void setStatuses(PlaceApplicationStatus[] statuses) {
    this.statuses = statuses == null ? new PlaceApplicationStatus[0] : statuses;
  }

  public String getProgramCode() {
    return programCode;
  }

  public void setProgramCode(String programCode) {
    this.programCode = programCode == null || programCode.isBlank() ? null : programCode.strip();
  }
}
