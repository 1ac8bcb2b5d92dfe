package org.skillfund.provider;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** The sign-up page: a new organisation and its admin account; then the way to sign in. */
@Named
@ViewScoped
public class SignUpView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Which input shows a service's problem with a field, and the field's name in words. */
  private static final Map<String, String> LABELS =
      Map.of(
          "legalName", "provider.legalName",
          "abn", "provider.abn",
          "username", "signup.username",
          "displayName", "signup.displayName",
          "email", "signup.email",
          "password", "signup.password");

  @EJB private ProviderService providers;

  private String legalName;
  private String abn;
  private String username;
  private String displayName;
  private String email;
  private String password;
  private String confirmPassword;

  /** The user name of the account created, once signed up. */
  private String signedUp;

  /** Creates the organisation and its admin account; problems are shown next to their fields. */
  public void signUp() {
    if (password == null || !password.equals(confirmPassword)) {
      ProviderPages.error("signup:confirm", ProviderPages.text("signup.confirm.mismatch"));
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    String name = username.strip();
    boolean created =
        ProviderPages.attempt(
            () ->
                providers.signUp(
                    name,
                    displayName,
                    email,
                    password.toCharArray(),
                    legalName,
                    abn.replace(" ", "")),
            field ->
                LABELS.containsKey(field)
                    ? new ProviderPages.Input(
                        "signup:" + field, ProviderPages.text(LABELS.get(field)))
                    : null);
    password = null;
    confirmPassword = null;
    if (created) {
      signedUp = name;
    }
  }

  public boolean isDone() {
    return signedUp != null;
  }

  public String getSignedUp() {
    return signedUp;
  }

  public String getLegalName() {
    return legalName;
  }

  public void setLegalName(String legalName) {
    this.legalName = legalName;
  }

  public String getAbn() {
    return abn;
  }

  public void setAbn(String abn) {
    this.abn = abn;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmPassword() {
    return confirmPassword;
  }

  public void setConfirmPassword(String confirmPassword) {
    this.confirmPassword = confirmPassword;
  }
}
