package org.skillfund.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is signed in, for the navigation: it shows only what the role may do. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext securityContext;

  public boolean isSignedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  public String getName() {
    Principal principal = securityContext.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }

  public boolean hasRole(String role) {
    return securityContext.isCallerInRole(role);
  }

  public boolean isAuditor() {
    return hasRole(Role.Names.AUDITOR);
  }
}
