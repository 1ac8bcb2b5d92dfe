package org.skillfund.credential;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.skillfund.shared.NotFoundException;

/** One endorsed micro-credential's public page, with its credit pathway. */
@Named
@ViewScoped
public class MicroCredentialDetailView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MicroCredentialService microCredentials;

  private String id;
  private MicroCredential item;

  /** Loads the micro-credential named in the URL; anything not endorsed and current is a 404. */
  public void load() throws IOException {
    try {
      item = microCredentials.published(id);
    } catch (NotFoundException | jakarta.ejb.EJBException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "No endorsed micro-credential");
      faces.responseComplete();
    }
  }

  public String price(Long cents) {
    return cents == null ? "" : MicroCredentialContent.dollars(cents);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public MicroCredential getItem() {
    return item;
  }
}
