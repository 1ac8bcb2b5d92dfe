package org.skillfund.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List (v1.0): one bit per issued credential, index 0 the left-most bit of
 * the first byte, GZIP-compressed and multibase base64url-encoded ("u" prefix). The list is at
 * least 16 KB (131,072 entries) so a single entry does not single out a learner.
 */
public final class BitstringStatusList {

  public static final int MIN_ENTRIES = 131_072;

  private final byte[] bits;

  private BitstringStatusList(byte[] bits) {
    this.bits = bits;
  }

  /** A list of at least {@link #MIN_ENTRIES} with the given indexes set. */
  public static BitstringStatusList of(Collection<Integer> setIndexes) {
    int max = setIndexes.stream().mapToInt(Integer::intValue).max().orElse(0);
    int entries = Math.max(MIN_ENTRIES, ((max / 8) + 1) * 8);
    byte[] bits = new byte[entries / 8];
    for (int i : setIndexes) {
      bits[i / 8] |= (byte) (0x80 >>> (i % 8));
    }
    return new BitstringStatusList(bits);
  }

  /** Decodes a published {@code encodedList}; refuses anything that is not one. */
  public static BitstringStatusList decode(String encoded) {
    if (encoded == null || !encoded.startsWith("u")) {
      throw new IllegalArgumentException("The status list is not multibase base64url (u...).");
    }
    byte[] zipped = Base64.getUrlDecoder().decode(encoded.substring(1));
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
      return new BitstringStatusList(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalArgumentException("The status list is not GZIP-compressed.", e);
    }
  }

  /** The {@code encodedList} value: GZIP, then multibase base64url without padding. */
  public String encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  /** Whether the entry at {@code index} is set (for revocation: revoked). */
  public boolean isSet(int index) {
    if (index < 0 || index / 8 >= bits.length) {
      throw new IllegalArgumentException("Index " + index + " is outside the status list.");
    }
    return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
  }

  public int size() {
    return bits.length * 8;
  }
}
