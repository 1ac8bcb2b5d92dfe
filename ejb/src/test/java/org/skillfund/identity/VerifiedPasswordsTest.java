package org.skillfund.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

  private final String stored = PasswordHash.of("correct horse".toCharArray());

  @Test
  void theRightPasswordMatchesAgainAndAgainAndAWrongOneNever() {
    VerifiedPasswords passwords = new VerifiedPasswords();
    assertTrue(passwords.matches("correct horse".toCharArray(), stored));
    assertTrue(passwords.matches("correct horse".toCharArray(), stored)); // remembered
    assertFalse(passwords.matches("correct horse!".toCharArray(), stored));
    assertFalse(passwords.matches("".toCharArray(), stored));
    assertFalse(passwords.matches(null, stored));
  }

  @Test
  void aChangedPasswordHashForgetsTheOldPassword() {
    VerifiedPasswords passwords = new VerifiedPasswords();
    assertTrue(passwords.matches("correct horse".toCharArray(), stored));
    String changed = PasswordHash.of("battery staple".toCharArray());
    assertFalse(passwords.matches("correct horse".toCharArray(), changed));
    assertTrue(passwords.matches("battery staple".toCharArray(), changed));
  }

  @Test
  void aMalformedStoredHashNeverMatches() {
    assertFalse(new VerifiedPasswords().matches("x".toCharArray(), "not-a-hash"));
    assertFalse(new VerifiedPasswords().matches("x".toCharArray(), null));
  }
}
