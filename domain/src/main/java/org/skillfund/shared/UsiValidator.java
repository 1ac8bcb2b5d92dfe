package org.skillfund.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks USIs: the alphabet, the length and the Luhn mod N (N = 32) check character. */
public class UsiValidator implements ConstraintValidator<Usi, String> {

  /** The 32 symbols a USI may use, in the order the check character counts them. */
  public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

  public static final int LENGTH = 10;

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isValidUsi(value);
  }

  /** Whether {@code value} is a well-formed USI with the right check character. */
  public static boolean isValidUsi(String value) {
    if (value.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(value.charAt(i)) < 0) {
        return false;
      }
    }
    return checkCharacter(value.substring(0, LENGTH - 1)) == value.charAt(LENGTH - 1);
  }

  /** The Luhn mod 32 check character for the first nine characters of a USI. */
  public static char checkCharacter(String firstNine) {
    int n = ALPHABET.length();
    int factor = 2;
    int sum = 0;
    for (int i = firstNine.length() - 1; i >= 0; i--) {
      int codePoint = ALPHABET.indexOf(firstNine.charAt(i));
      if (codePoint < 0) {
        throw new IllegalArgumentException("'" + firstNine.charAt(i) + "' is not a USI character");
      }
      int addend = factor * codePoint;
      factor = factor == 2 ? 1 : 2;
      sum += addend / n + addend % n;
    }
    return ALPHABET.charAt((n - sum % n) % n);
  }
}
