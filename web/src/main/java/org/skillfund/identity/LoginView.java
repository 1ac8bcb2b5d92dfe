package org.skillfund.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;

/** The sign-in page. */
@Named
@RequestScoped
public class LoginView {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;

  @NotBlank
  @Size(max = 60)
  private String username;

  @NotBlank
  @Size(max = 200)
  private String password;

  /** Where to go after signing in: a path inside Skillfund, never another site. */
  private String continueTo;

  /** Checks the password; on success goes on to the page asked for, else says why not. */
  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    // A new session id on sign-in, so a session id planted before cannot be used after it.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(
                    new SignInCredential(username, password, SignInCredential.Channel.FORM)));
    switch (status) {
      case SUCCESS -> {
        external.redirect(external.getRequestContextPath() + safeTarget());
        faces.responseComplete();
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("login.failed"), null));
      }
    }
  }

  /** Signs out and ends the session. */
  public String logout() throws jakarta.servlet.ServletException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return "/index.xhtml?faces-redirect=true";
  }

  String safeTarget() {
    boolean local =
        continueTo != null
            && continueTo.startsWith("/")
            && !continueTo.startsWith("//")
            && !continueTo.contains("\\")
            && !continueTo.startsWith(SkillfundAuthenticationMechanism.LOGIN_PAGE);
    return local ? continueTo : "/";
  }

  /**
   * The token of the enrolment confirmation link the visitor came from, when they were sent here to
   * sign in before answering it (so a learner without an account can make one from it), else null.
   */
  public String getConfirmationToken() {
    String target = safeTarget();
    if (!target.startsWith("/confirm-enrolment")) {
      return null;
    }
    int query = target.indexOf('?');
    if (query < 0) {
      return null;
    }
    for (String pair : target.substring(query + 1).split("&")) {
      if (pair.startsWith("token=") && pair.length() > 6 && pair.length() <= 106) {
        return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
