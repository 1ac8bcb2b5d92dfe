package org.skillfund.provider;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbnValidatorTest {

  @ParameterizedTest
  @ValueSource(strings = {"51 824 753 556", "51824753556", "53 004 085 616"})
  @DisplayName("ABNs that pass the modulus 89 check are accepted, with or without spaces")
  void acceptsValidAbns(String abn) {
    assertTrue(AbnValidator.isValidAbn(abn));
  }

  @ParameterizedTest
  @ValueSource(strings = {"51 824 753 557", "5182475355", "518247535561", "5182475355A", ""})
  @DisplayName("a wrong check, a wrong length or a letter is refused")
  void refusesInvalidAbns(String abn) {
    assertFalse(AbnValidator.isValidAbn(abn));
  }
}
