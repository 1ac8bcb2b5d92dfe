package org.skillfund.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that records the last event of the chain. Writers lock it, so events from any
 * number of servers are appended one at a time in sequence order.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  public static final int ID = 1;

  @Id
  @Column(name = "id")
  private int id;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected AuditChainHead() {}

  /** Records that {@code event} is now the last of the chain. */
  public void advanceTo(AuditEvent event) {
    if (event.getSeq() != lastSeq + 1 || !event.getPreviousHash().equals(lastHash)) {
      throw new IllegalStateException("event " + event.getSeq() + " does not follow " + lastSeq);
    }
    lastSeq = event.getSeq();
    lastHash = event.getHash();
  }

  public long getLastSeq() {
    return lastSeq;
  }

  public String getLastHash() {
    return lastHash;
  }
}
