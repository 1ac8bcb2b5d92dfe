package org.skillfund.it.support;

import java.security.SecureRandom;
import org.skillfund.shared.UsiValidator;

/** Test USIs. */
public final class Usis {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Usis() {}

  /** A valid USI no other test uses (random; 31^9 of them). */
  public static String fresh() {
    String alphabet = UsiValidator.ALPHABET;
    StringBuilder first = new StringBuilder();
    for (int i = 0; i < 9; i++) {
      first.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return first.toString() + UsiValidator.checkCharacter(first.toString());
  }
}
