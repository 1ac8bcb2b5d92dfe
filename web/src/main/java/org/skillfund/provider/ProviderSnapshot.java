package org.skillfund.provider;

import java.util.List;
import java.util.Set;
import org.skillfund.identity.CurrentUser;
import org.skillfund.identity.Role;

/**
 * What a provider page shows of one provider, read together after every change: the provider, its
 * current application, every version, the evidence, and the steps the signed-in person may take.
 */
record ProviderSnapshot(
    Provider provider,
    ProviderApplication application,
    List<ProviderApplication> versions,
    List<EvidenceFile> evidence,
    Set<Role> roles,
    Set<ProviderAction> actions) {

  static ProviderSnapshot load(ProviderService providers, String id, CurrentUser user) {
    Provider provider = providers.find(id);
    Set<Role> roles = ProviderPages.rolesOf(user);
    return new ProviderSnapshot(
        provider,
        providers.application(id),
        providers.versions(id),
        providers.evidence(id),
        roles,
        ProviderWorkflow.actionsFor(provider.getStatus(), roles));
  }
}
