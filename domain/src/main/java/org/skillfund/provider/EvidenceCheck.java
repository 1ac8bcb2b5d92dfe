package org.skillfund.provider;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Checks an uploaded evidence file by its content, not its name: PDF, PNG or JPEG only, at most
 * {@value #MAX_BYTES} bytes, not empty.
 */
public final class EvidenceCheck {

  /** 10 MB. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  private EvidenceCheck() {}

  /**
   * The file's media type, or what is wrong with it.
   *
   * @param content the bytes as uploaded
   * @return {@code application/pdf}, {@code image/png} or {@code image/jpeg}
   * @throws IllegalArgumentException with a message for the user when the file is refused
   */
  public static String mediaTypeOf(byte[] content) {
    if (content == null || content.length == 0) {
      throw new IllegalArgumentException("The file is empty.");
    }
    if (content.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "The file is larger than 10 MB (" + content.length + " bytes).");
    }
    return detect(content)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Only PDF, PNG and JPEG files are accepted; this file's content is none of"
                        + " them, whatever its name says."));
  }

  private static Optional<String> detect(byte[] content) {
    if (startsWith(content, PDF)) {
      return Optional.of("application/pdf");
    }
    if (startsWith(content, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(content, JPEG)) {
      return Optional.of("image/jpeg");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** Hex SHA-256 of the content. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** A file name safe to store and show: no path, no control characters, at most 200 chars. */
  public static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "").strip();
    if (base.isEmpty()) {
      base = "evidence";
    }
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }
}
