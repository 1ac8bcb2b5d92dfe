package org.skillfund.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import org.skillfund.shared.AustralianState;

/** Which budget: a program's money for one state and one stream. */
@Embeddable
public class BudgetKey implements Serializable, Comparable<BudgetKey> {

  private static final long serialVersionUID = 1L;

  @Column(name = "program_code", length = 30, nullable = false)
  private String programCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 3, nullable = false)
  private AustralianState state;

  @Column(name = "stream_code", length = 20, nullable = false)
  private String streamCode;

  protected BudgetKey() {}

  public BudgetKey(String programCode, AustralianState state, String streamCode) {
    this.programCode = programCode;
    this.state = state;
    this.streamCode = streamCode;
  }

  public String getProgramCode() {
    return programCode;
  }

  public AustralianState getState() {
    return state;
  }

  public String getStreamCode() {
    return streamCode;
  }

  /**
   * Budgets are always locked in this order, so two approvals never wait on each other in a cycle.
   */
  @Override
  public int compareTo(BudgetKey other) {
    int c = programCode.compareTo(other.programCode);
    if (c == 0) {
      c = state.name().compareTo(other.state.name());
    }
    return c != 0 ? c : streamCode.compareTo(other.streamCode);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BudgetKey k
        && programCode.equals(k.programCode)
        && state == k.state
        && streamCode.equals(k.streamCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(programCode, state, streamCode);
  }

  @Override
  public String toString() {
    return programCode + " " + state + " " + streamCode;
  }
}
