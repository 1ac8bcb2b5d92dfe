package org.skillfund.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsiValidatorTest {

  @Test
  @DisplayName("ABCDEFGHJR is valid: R is the check character of ABCDEFGHJ")
  void referenceExample() {
    assertEquals('R', UsiValidator.checkCharacter("ABCDEFGHJ"));
    assertTrue(UsiValidator.isValidUsi("ABCDEFGHJR"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ABCDEFGHJS",
        "ABCDEFGHIR",
        "ABCDEFGHJ",
        "ABCDEFGHJRR",
        "abcdefghjr",
        "ABCDEFGH0R",
        ""
      })
  @DisplayName("a wrong check character, I or O, 0 or 1, lower case or a wrong length is refused")
  void refusesMalformed(String usi) {
    assertFalse(UsiValidator.isValidUsi(usi));
  }

  @Test
  @DisplayName(
      "for 10,000 random USIs the check character validates and every single-character change is caught")
  void catchesEverySingleSubstitution() {
    Random random = new Random(20261126);
    String alphabet = UsiValidator.ALPHABET;
    for (int n = 0; n < 10_000; n++) {
      StringBuilder first = new StringBuilder();
      for (int i = 0; i < 9; i++) {
        first.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String usi = first.toString() + UsiValidator.checkCharacter(first.toString());
      assertTrue(UsiValidator.isValidUsi(usi), usi);
      int position = random.nextInt(10);
      char other = alphabet.charAt(random.nextInt(alphabet.length()));
      if (other != usi.charAt(position)) {
        String changed = usi.substring(0, position) + other + usi.substring(position + 1);
        assertFalse(UsiValidator.isValidUsi(changed), usi + " -> " + changed);
      }
    }
  }
}
