package org.skillfund.placement;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.PageMessages;

/**
 * The page a learner enrolled by a provider opens from the sign-in page (or the confirmation link)
 * to create their Skillfund account, so they can then sign in and answer the link.
 */
@Named
@ViewScoped
public class LearnerSignUpView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Service field names to the form's input ids. */
  private static final Map<String, String> FIELD_INPUTS =
      Map.of(
          "username", "learner:username",
          "displayName", "learner:displayName",
          "usi", "learner:usi",
          "dateOfBirth", "learner:dateOfBirth",
          "password", "learner:password");

  @EJB private LearnerAccounts accounts;

  @Inject private FacesContext faces;

  private String token;
  private String username;
  private String displayName;
  private String usi;
  private LocalDate dateOfBirth;
  private String password;
  private String confirmation;
  private boolean created;

  /** Creates the account, or says what is wrong next to each field. */
  public void create() {
    if (password != null && !password.equals(confirmation)) {
      PageMessages messages = PageMessages.current();
      messages.error("learner:confirmation", messages.text("invitation.mismatch"));
      return;
    }
    try {
      accounts.createFromLink(
          token,
          username,
          displayName,
          usi,
          dateOfBirth,
          password == null ? null : password.toCharArray());
      created = true;
    } catch (InvalidRequestException refused) {
      PageMessages.current().refused(refused, "learner", FIELD_INPUTS);
    } catch (NotFoundException | ConflictException refused) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
    }
  }

  /** Where signing in takes the learner next: the link's own page, to answer it. */
  public String getSignInContinue() {
    return URLEncoder.encode(
        "/confirm-enrolment.xhtml?token=" + (token == null ? "" : token), StandardCharsets.UTF_8);
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
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

  public String getUsi() {
    return usi;
  }

  public void setUsi(String usi) {
    this.usi = usi;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public boolean isCreated() {
    return created;
  }
}
