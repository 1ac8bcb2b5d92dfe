package org.skillfund.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * HTTP Basic for the REST API under {@code /api/}, a sign-in page for everything else. A page
 * sign-in is kept in the HTTP session; an API call authenticates on its own.
 *
 * <p>The session keeps the caller's name and groups as a plain serializable attribute, and every
 * request hands them to the container again, instead of {@code @AutoApplySession}: that one keeps
 * only the container's principal, and an instance that gets the session replicated from another
 * (Payara Micro cluster, Hazelcast) restores the name without the groups, so every page answers 403
 * after a failover (payara/Payara#6342).
 */
@ApplicationScoped
public class SkillfundAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login";

  /** The session attribute holding a page sign-in. */
  static final String SIGNED_IN = SkillfundAuthenticationMechanism.class.getName() + ".signedIn";

  /** Who signed in on the sign-in page, as the identity store answered. */
  record SignedIn(String name, Set<String> groups) implements Serializable {}

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    boolean signingIn =
        context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null;
    HttpSession session = request.getSession(false);
    if (!signingIn
        && session != null
        && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
      return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
    }
    if (isApi(request)) {
      return validateApiRequest(request, response, context);
    }
    if (signingIn) {
      Credential credential = context.getAuthParameters().getCredential();
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request
          .getSession()
          .setAttribute(
              SIGNED_IN,
              new SignedIn(
                  result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
      return context.notifyContainerAboutLogin(result);
    }
    if (context.isProtected()) {
      String target = request.getRequestURI().substring(request.getContextPath().length());
      if (request.getQueryString() != null) {
        target += "?" + request.getQueryString();
      }
      return context.redirect(
          request.getContextPath()
              + LOGIN_PAGE
              + "?continue="
              + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }
    return context.doNothing();
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String[] userAndPassword = decodeBasic(header.substring(6).strip());
      if (userAndPassword != null) {
        CredentialValidationResult result =
            identityStores.validate(
                new SignInCredential(
                    userAndPassword[0], userAndPassword[1], SignInCredential.Channel.API));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
          return context.notifyContainerAboutLogin(result);
        }
      }
      return challenge(response, "The user name or password is wrong.");
    }
    if (context.isProtected()) {
      return challenge(response, "Sign in with HTTP Basic to use this endpoint.");
    }
    return context.doNothing();
  }

  private static String[] decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static AuthenticationStatus challenge(HttpServletResponse response, String detail) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"skillfund\", charset=\"UTF-8\"");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                  + detail
                  + "\"}");
    } catch (IOException e) {
      // the client went away; the status is all it would have read
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }
}
