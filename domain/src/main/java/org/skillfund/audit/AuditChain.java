package org.skillfund.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash chain over audit events: how an event's hash is computed and how a chain is checked. */
public final class AuditChain {

  /** The previous hash of the first event. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** SHA-256 over every field of the event except its own hash, including the previous hash. */
  public static String hashOf(AuditEvent event) {
    String content =
        String.join(
            "\u001f",
            Long.toString(event.getSeq()),
            event.getOccurredAt().toString(),
            event.getActor(),
            event.getActorRoles(),
            event.getAction(),
            event.getEntityType(),
            nullSafe(event.getEntityId()),
            event.getSummary(),
            nullSafe(event.getReason()),
            nullSafe(event.getRuleVersion()),
            event.getPreviousHash());
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String nullSafe(String value) {
    return value == null ? "\u0000" : value;
  }

  /** Checks events in sequence order, page by page; call {@link #result()} at the end. */
  public static Verifier verifier() {
    return new Verifier();
  }

  /** Walks the chain from the genesis event and remembers the first event that breaks it. */
  public static final class Verifier {
    private long expectedSeq = 1;
    private String expectedPreviousHash = GENESIS;
    private long checked;
    private ChainVerification broken;

    private Verifier() {}

    /** Checks the next event; returns false once the chain is found broken. */
    public boolean accept(AuditEvent event) {
      if (broken != null) {
        return false;
      }
      checked++;
      if (event.getSeq() != expectedSeq) {
        broken =
            ChainVerification.broken(
                checked,
                expectedSeq,
                "event " + expectedSeq + " is missing (found " + event.getSeq() + " next)");
      } else if (!event.getPreviousHash().equals(expectedPreviousHash)) {
        broken =
            ChainVerification.broken(
                checked, event.getSeq(), "does not link to the event before it");
      } else if (!hashOf(event).equals(event.getHash())) {
        broken =
            ChainVerification.broken(
                checked, event.getSeq(), "content does not match its hash (changed after writing)");
      }
      expectedSeq = event.getSeq() + 1;
      expectedPreviousHash = event.getHash();
      return broken == null;
    }

    /**
     * The outcome, given the sequence number and hash the chain head records for the last event.
     */
    public ChainVerification result(long headSeq, String headHash) {
      if (broken != null) {
        return broken;
      }
      if (checked != headSeq || (headSeq > 0 && !expectedPreviousHash.equals(headHash))) {
        return ChainVerification.broken(
            checked, checked + 1, "the last events were removed or the chain head was changed");
      }
      return ChainVerification.valid(checked);
    }
  }
}
