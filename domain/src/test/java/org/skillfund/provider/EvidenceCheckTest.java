package org.skillfund.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EvidenceCheckTest {

  @Test
  @DisplayName("PDF, PNG and JPEG are recognised by their first bytes")
  void recognisesByContent() {
    assertEquals(
        "application/pdf",
        EvidenceCheck.mediaTypeOf("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(
        "image/png",
        EvidenceCheck.mediaTypeOf(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}));
    assertEquals(
        "image/jpeg",
        EvidenceCheck.mediaTypeOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10}));
  }

  @Test
  @DisplayName("an executable, an empty file and an 11 MB PDF are refused with a reason")
  void refusesOthers() {
    IllegalArgumentException exe =
        assertThrows(
            IllegalArgumentException.class,
            () -> EvidenceCheck.mediaTypeOf(new byte[] {'M', 'Z', 0, 0}));
    assertTrue(exe.getMessage().startsWith("Only PDF, PNG and JPEG"));
    assertEquals(
        "The file is empty.",
        assertThrows(IllegalArgumentException.class, () -> EvidenceCheck.mediaTypeOf(new byte[0]))
            .getMessage());
    byte[] big = new byte[EvidenceCheck.MAX_BYTES + 1];
    System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> EvidenceCheck.mediaTypeOf(big))
            .getMessage()
            .startsWith("The file is larger than 10 MB"));
    byte[] limit = Arrays.copyOf(big, EvidenceCheck.MAX_BYTES);
    assertEquals("application/pdf", EvidenceCheck.mediaTypeOf(limit));
  }

  @Test
  @DisplayName("file names lose their path and control characters")
  void safeNames() {
    assertEquals("report.pdf", EvidenceCheck.safeName("C:\\Users\\x\\report.pdf"));
    assertEquals("a.pdf", EvidenceCheck.safeName("../../etc/a.pdf"));
    assertEquals("evidence", EvidenceCheck.safeName("  "));
    assertEquals("ab.png", EvidenceCheck.safeName("a\u0000b.png"));
  }

  @Test
  @DisplayName("SHA-256 is the standard hex digest")
  void sha256() {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        EvidenceCheck.sha256(new byte[0]));
  }
}
