package org.skillfund.it.support;

import java.security.SecureRandom;
import org.skillfund.provider.AbnValidator;

/** Test ABNs. */
public final class Abns {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Abns() {}

  /** A valid ABN no other test uses: nine random digits and the two leading digits that fit. */
  public static String fresh() {
    while (true) {
      StringBuilder rest = new StringBuilder();
      for (int i = 0; i < 9; i++) {
        rest.append(RANDOM.nextInt(10));
      }
      for (int lead = 10; lead < 100; lead++) {
        String abn = lead + rest.toString();
        if (AbnValidator.isValidAbn(abn)) {
          return abn;
        }
      }
    }
  }
}
