package org.skillfund.credential;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.primefaces.model.LazyDataModel;
import org.skillfund.shared.PagedLazyModel;

/**
 * Micro-credentials to work on: a provider's own (every status), or the endorsers' queue
 * (everything submitted, oldest first).
 */
@Named
@ViewScoped
public class MicroCredentialListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MicroCredentialService microCredentials;

  private MicroCredentialStatus status;

  private final LazyDataModel<MicroCredential> items =
      new PagedLazyModel<>(
          request -> microCredentials.list(status == null ? Set.of() : Set.of(status), request),
          MicroCredential::getId);

  public LazyDataModel<MicroCredential> getItems() {
    return items;
  }

  public MicroCredentialStatus[] getStatuses() {
    return MicroCredentialStatus.values();
  }

  public MicroCredentialStatus getStatus() {
    return status;
  }

  public void setStatus(MicroCredentialStatus status) {
    this.status = status;
  }
}
