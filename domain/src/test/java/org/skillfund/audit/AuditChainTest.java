package org.skillfund.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Instant T0 = Instant.parse("2026-11-26T09:00:00.123Z");

  private static List<AuditEvent> chainOf(int n) {
    List<AuditEvent> events = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditRecord record =
          AuditRecord.of("officer", "OFFICER", "SIGN_IN", "UserAccount", "officer", "event " + i);
      AuditEvent event = AuditEvent.append(record, i, T0.plusSeconds(i), previous);
      events.add(event);
      previous = event.getHash();
    }
    return events;
  }

  private static ChainVerification verify(List<AuditEvent> events) {
    AuditChain.Verifier verifier = AuditChain.verifier();
    events.forEach(verifier::accept);
    AuditEvent last = events.get(events.size() - 1);
    return verifier.result(events.size(), last.getHash());
  }

  private static void tamper(AuditEvent event, String field, Object value) throws Exception {
    Field f = AuditEvent.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(event, value);
  }

  @Test
  @DisplayName("an untouched chain verifies and counts every event")
  void intactChainIsValid() {
    ChainVerification result = verify(chainOf(5));
    assertTrue(result.valid());
    assertEquals(5, result.events());
  }

  @Test
  @DisplayName("the same content always hashes the same and any field change alters the hash")
  void hashIsDeterministic() throws Exception {
    AuditEvent event = chainOf(1).get(0);
    String hash = event.getHash();
    assertEquals(hash, AuditChain.hashOf(event));
    tamper(event, "reason", "changed");
    assertNotEquals(hash, AuditChain.hashOf(event));
  }

  @Test
  @DisplayName("a summary changed behind the trail's back names that event as the first broken")
  void changedContentIsDetected() throws Exception {
    List<AuditEvent> events = chainOf(5);
    tamper(events.get(2), "summary", "nothing to see here");
    ChainVerification result = verify(events);
    assertFalse(result.valid());
    assertEquals(3L, result.firstBrokenSeq());
  }

  @Test
  @DisplayName("a deleted event in the middle breaks the chain where it was")
  void deletedEventIsDetected() {
    List<AuditEvent> events = chainOf(5);
    events.remove(1);
    AuditChain.Verifier verifier = AuditChain.verifier();
    events.forEach(verifier::accept);
    ChainVerification result = verifier.result(5, events.get(3).getHash());
    assertFalse(result.valid());
    assertEquals(2L, result.firstBrokenSeq());
  }

  @Test
  @DisplayName("removing the last events is caught by the chain head")
  void truncatedChainIsDetected() {
    List<AuditEvent> events = chainOf(5);
    AuditEvent last = events.get(4);
    events.remove(4);
    AuditChain.Verifier verifier = AuditChain.verifier();
    events.forEach(verifier::accept);
    ChainVerification result = verifier.result(5, last.getHash());
    assertFalse(result.valid());
    assertEquals(5L, result.firstBrokenSeq());
  }

  @Test
  @DisplayName("an event re-hashed after a change still breaks the link to its successor")
  void rehashedEventBreaksTheNextLink() throws Exception {
    List<AuditEvent> events = chainOf(4);
    AuditEvent second = events.get(1);
    tamper(second, "actor", "someone-else");
    tamper(second, "hash", AuditChain.hashOf(second));
    ChainVerification result = verify(events);
    assertFalse(result.valid());
    assertEquals(3L, result.firstBrokenSeq());
  }
}
