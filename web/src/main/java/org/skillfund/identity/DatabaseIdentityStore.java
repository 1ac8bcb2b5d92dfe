package org.skillfund.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Users, PBKDF2 password hashes and roles from the Skillfund database. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @EJB private IdentityService identityService;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof SignInCredential signIn)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignInCredential.Channel channel = signIn.channel();
    // Every REST call carries its credentials, so only page sign-ins are audited when they succeed.
    return identityService
        .authenticate(
            signIn.getCaller(),
            signIn.getPassword().getValue(),
            channel.description(),
            channel == SignInCredential.Channel.FORM)
        .map(account -> new CredentialValidationResult(account.getUsername(), account.roleNames()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
