package org.skillfund.eligibility;

import java.util.List;
import java.util.Optional;

/** The programs whose rules Skillfund knows. */
public final class Programs {

  public static final List<Program> ALL = List.of(JobTrainer.PROGRAM, StateEntitlement.PROGRAM);

  private Programs() {}

  public static Optional<Program> find(String code) {
    return ALL.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  public static Program byCode(String code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("no program " + code));
  }
}
