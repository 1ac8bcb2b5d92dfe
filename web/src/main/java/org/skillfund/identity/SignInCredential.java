package org.skillfund.identity;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A user name and password, and whether they came from the sign-in page or the REST API. */
public class SignInCredential extends UsernamePasswordCredential {

  /** How the person signs in; the audit trail records it. */
  public enum Channel {
    FORM("sign-in page"),
    API("REST API");

    private final String description;

    Channel(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  private final Channel channel;

  public SignInCredential(String username, String password, Channel channel) {
    super(username, password);
    this.channel = channel;
  }

  public Channel channel() {
    return channel;
  }
}
