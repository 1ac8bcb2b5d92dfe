package org.skillfund.identity;

import java.util.Set;

/**
 * Who is calling a service: their user name, roles, and the provider they belong to (null for
 * department staff and learners).
 */
public record Caller(String username, Set<Role> roles, String providerId) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Provider staff see and change only their own provider. */
  public boolean isProviderUser() {
    return has(Role.PROVIDER_ADMIN) || has(Role.PROVIDER_STAFF);
  }

  /** Whether the caller may see {@code providerId}'s data. */
  public boolean maySee(String otherProviderId) {
    return !isProviderUser() || otherProviderId.equals(providerId);
  }
}
