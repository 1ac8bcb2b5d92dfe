package org.skillfund.provider;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks ABNs with the Australian Business Register's algorithm; spaces are allowed. */
public class AbnValidator implements ConstraintValidator<Abn, String> {

  private static final int[] WEIGHTS = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isValidAbn(value);
  }

  /** Subtract 1 from the first digit, weight the digits, and the sum must divide by 89. */
  public static boolean isValidAbn(String value) {
    String digits = value.replace(" ", "");
    if (!digits.matches("\\d{11}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      int digit = digits.charAt(i) - '0';
      if (i == 0) {
        digit -= 1;
      }
      sum += digit * WEIGHTS[i];
    }
    return sum % 89 == 0;
  }
}
