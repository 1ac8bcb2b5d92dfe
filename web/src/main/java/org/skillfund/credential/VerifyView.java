package org.skillfund.credential;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The public verify page: paste or upload a credential, see whether it holds and why not. */
@Named
@ViewScoped
public class VerifyView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CredentialService credentials;

  private String credential;
  private Verification result;

  /** Checks the pasted credential (the downloaded file's content). */
  public void verify() {
    result = credentials.verify(credential);
  }

  /** The achievement's name in a verified credential, when it holds one. */
  public String getAchievementName() {
    if (result == null || result.credential() == null) {
      return null;
    }
    Object name = result.credential().get("name");
    return name == null ? null : name.toString();
  }

  public String getCredential() {
    return credential;
  }

  public void setCredential(String credential) {
    this.credential = credential;
  }

  public Verification getResult() {
    return result;
  }
}
