package org.skillfund.identity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes in the format of Jakarta Security's {@code Pbkdf2PasswordHash}: {@code
 * algorithm:iterations:base64(salt):base64(hash)}, computed with the JDK's own PBKDF2.
 */
public final class PasswordHash {

  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512. */
  public static final int ITERATIONS = 210_000;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  private static final int SALT_BYTES = 32;
  private static final int KEY_BITS = 512;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHash() {}

  /** A new salted hash of the password. */
  public static String of(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = pbkdf2(ALGORITHM, password, salt, ITERATIONS, KEY_BITS);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + ITERATIONS
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(hash);
  }

  /** Whether the password matches the stored hash; a malformed hash never matches. */
  public static boolean matches(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4 || !parts[0].startsWith("PBKDF2WithHmac")) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      byte[] actual = pbkdf2(parts[0], password, salt, iterations, expected.length * 8);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] pbkdf2(
      String algorithm, char[] password, byte[] salt, int iterations, int bits) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
    try {
      return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("unsupported password hash " + algorithm, e);
    } finally {
      spec.clearPassword();
    }
  }
}
