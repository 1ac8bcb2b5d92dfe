package org.skillfund.provider;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.PageMessages;

/** The page an invited member of staff opens from their e-mail to create their account. */
@Named
@ViewScoped
public class AcceptInvitationView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Service field names to the form's input ids. */
  private static final Map<String, String> FIELD_INPUTS =
      Map.of(
          "username", "accept:username",
          "displayName", "accept:displayName",
          "password", "accept:password");

  @EJB private StaffService staff;

  @Inject private FacesContext faces;

  private String token;
  private String username;
  private String displayName;
  private String password;
  private String confirmation;
  private boolean accepted;

  /** Creates the account, or says what is wrong next to each field. */
  public void accept() {
    if (password != null && !password.equals(confirmation)) {
      PageMessages messages = PageMessages.current();
      messages.error("accept:confirmation", messages.text("invitation.mismatch"));
      return;
    }
    try {
      staff.accept(token, username, displayName, password.toCharArray());
      accepted = true;
    } catch (InvalidRequestException refused) {
      PageMessages.current().refused(refused, "accept", FIELD_INPUTS);
    } catch (NotFoundException | ConflictException refused) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
    }
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

  public boolean isAccepted() {
    return accepted;
  }
}
