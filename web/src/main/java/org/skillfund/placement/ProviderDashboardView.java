package org.skillfund.placement;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import org.skillfund.identity.CurrentUser;
import org.skillfund.identity.Role;
import org.skillfund.provider.ProviderService;
import org.skillfund.shared.NotFoundException;

/**
 * A provider's dashboard: its place applications, allocations with the places still free, and what
 * it has been committed under each program against the program's cap. Provider users see their own
 * (any other id is not found); department staff name the provider in the address.
 */
@Named
@ViewScoped
public class ProviderDashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DashboardService dashboards;
  @EJB private ProviderService providers;
  @Inject private CurrentUser currentUser;

  private String id;
  private ProviderDashboard dashboard;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      boolean own =
          currentUser.hasRole(Role.Names.PROVIDER_ADMIN)
              || currentUser.hasRole(Role.Names.PROVIDER_STAFF);
      String providerId = own && (id == null || id.isBlank()) ? providers.mine().getId() : id;
      dashboard = dashboards.provider(providerId);
    } catch (NotFoundException missing) {
      faces.getExternalContext().responseSendError(404, "No such provider");
      faces.responseComplete();
    } catch (EJBAccessException refused) {
      faces.getExternalContext().responseSendError(403, "Not allowed");
      faces.responseComplete();
    }
  }

  public boolean isProviderUser() {
    return currentUser.hasRole(Role.Names.PROVIDER_ADMIN)
        || currentUser.hasRole(Role.Names.PROVIDER_STAFF);
  }

  public String getApplicationOutcome() {
    return isProviderUser() ? "/place-application" : "/place-review";
  }

  public String money(long cents) {
    return DashboardLabels.money(cents);
  }

  public String when(Instant instant) {
    return PlacePages.when(instant);
  }

  /** The committed share of the cap, 0 to 100, for the meter. */
  public long percent(ProviderDashboard.ProgramCommitment c) {
    return c.capCents() == 0
        ? 0
        : Math.min(100, Math.round(100.0 * c.committedCents() / c.capCents()));
  }

  public ProviderDashboard getDashboard() {
    return dashboard;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
