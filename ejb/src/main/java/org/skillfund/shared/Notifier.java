package org.skillfund.shared;

import jakarta.ejb.Stateless;

/** TEMPORARY local stub until the outbox lands; not committed. */
@Stateless
public class Notifier {
  public void send(String recipient, String subject, String body) {}
}
