package org.skillfund.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, in this server's memory only, which (stored hash, password) pairs PBKDF2 has already
 * found to match, so that an API client sending HTTP Basic on every request costs one PBKDF2
 * derivation (about a hundred milliseconds of CPU) once, not on every call.
 *
 * <p>What is kept is an HMAC of the password under a random key made at start-up, joined to the
 * stored hash: never the password. A password change gives a new stored hash, so old entries never
 * match again; the account's enabled flag and roles are still read from the database on every
 * request. Failures are never remembered, so guessing still pays PBKDF2 every time. At most {@value
 * #MAX_ENTRIES} entries; when full it starts again empty.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class VerifiedPasswords {

  static final int MAX_ENTRIES = 10_000;

  private final byte[] key = new byte[32];
  private final Set<String> verified = ConcurrentHashMap.newKeySet();

  public VerifiedPasswords() {
    new SecureRandom().nextBytes(key);
  }

  /** Whether the password matches the stored hash: from memory, else by PBKDF2 (remembered). */
  public boolean matches(char[] password, String storedHash) {
    if (password == null || storedHash == null) {
      return false;
    }
    String entry = storedHash + "|" + hmac(password);
    if (verified.contains(entry)) {
      return true;
    }
    boolean matches = PasswordHash.matches(password, storedHash);
    if (matches) {
      if (verified.size() >= MAX_ENTRIES) {
        verified.clear();
      }
      verified.add(entry);
    }
    return matches;
  }

  private String hmac(char[] password) {
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] plain = new byte[bytes.remaining()];
    bytes.get(plain);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(plain));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }
}
