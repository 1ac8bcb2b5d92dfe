package org.skillfund.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/** The signed-in caller of the current service call, with their provider. */
@Stateless
@PermitAll
public class Callers {

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @Resource private SessionContext session;

  public Caller current() {
    Principal principal = session.getCallerPrincipal();
    String name =
        principal == null || "ANONYMOUS".equals(principal.getName())
            ? "anonymous"
            : principal.getName();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (session.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    String providerId = null;
    if (!roles.isEmpty()) {
      UserAccount account = em.find(UserAccount.class, name);
      providerId = account == null ? null : account.getProviderId().orElse(null);
    }
    return new Caller(name, roles, providerId);
  }
}
