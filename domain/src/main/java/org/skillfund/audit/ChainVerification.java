package org.skillfund.audit;

/**
 * The result of checking the audit chain.
 *
 * @param valid whether every event is intact and linked
 * @param events how many events were checked
 * @param firstBrokenSeq the sequence number of the first broken event, when not valid
 * @param problem what is wrong with it, when not valid
 */
public record ChainVerification(boolean valid, long events, Long firstBrokenSeq, String problem) {

  static ChainVerification valid(long events) {
    return new ChainVerification(true, events, null, null);
  }

  static ChainVerification broken(long events, long firstBrokenSeq, String problem) {
    return new ChainVerification(false, events, firstBrokenSeq, problem);
  }
}
