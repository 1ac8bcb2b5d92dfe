package org.skillfund.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

  @Test
  @DisplayName("the right password matches its hash and a wrong one does not")
  void matchesOnlyTheRightPassword() {
    String stored = PasswordHash.of("demo-pass-2026".toCharArray());
    assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"));
    assertTrue(PasswordHash.matches("demo-pass-2026".toCharArray(), stored));
    assertFalse(PasswordHash.matches("demo-pass-2025".toCharArray(), stored));
  }

  @Test
  @DisplayName("two hashes of the same password differ by their salt")
  void saltsEveryHash() {
    assertNotEquals(PasswordHash.of("x".toCharArray()), PasswordHash.of("x".toCharArray()));
  }

  @Test
  @DisplayName("a malformed or missing stored hash never matches")
  void malformedHashNeverMatches() {
    assertFalse(PasswordHash.matches("x".toCharArray(), null));
    assertFalse(PasswordHash.matches("x".toCharArray(), "plain-text"));
    assertFalse(PasswordHash.matches("x".toCharArray(), "PBKDF2WithHmacSHA512:abc:!!:!!"));
  }
}
