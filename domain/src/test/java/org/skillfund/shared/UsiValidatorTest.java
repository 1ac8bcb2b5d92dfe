package org.skillfund.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
