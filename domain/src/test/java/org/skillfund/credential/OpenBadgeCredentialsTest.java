package org.skillfund.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.ECKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.credential.Verification.Outcome;

class OpenBadgeCredentialsTest {

  private static final String LIST_URL = "https://skillfund.example/api/v1/credentials/status/1";
  private static final ECKey KEY = OpenBadgeCredentials.generateKey();
  private static final OpenBadgeCredentials.Issuer ISSUER =
      new OpenBadgeCredentials.Issuer("https://skillfund.example/issuer", "Skillfund", KEY);
  private static final Instant ISSUED = Instant.parse("2026-11-26T10:00:00Z");

  private static String issue(int index, Instant validUntil) {
    return OpenBadgeCredentials.sign(
        ISSUER,
        OpenBadgeCredentials.credential(
            ISSUER,
            new OpenBadgeCredentials.Badge(
                "0f8fad5b-d9cb-469f-a165-70867728950e",
                "https://skillfund.example/microcredential?id=1",
                Samples.infectionControl(),
                "Harbourside Skills Pty Ltd",
                "Alex Learner",
                "ABCDEFGHJR",
                ISSUED,
                validUntil,
                LIST_URL,
                index)));
  }

  private static CredentialVerifier verifier(Set<Integer> revoked) {
    BitstringStatusList list = BitstringStatusList.of(revoked);
    return new CredentialVerifier(
        KEY, url -> LIST_URL.equals(url) ? BitstringStatusList.decode(list.encode()) : null);
  }

  @Test
  @DisplayName("a credential signed by the scheme verifies, with its Open Badges 3.0 content")
  void roundTrip() {
    Verification v = verifier(Set.of()).verify(issue(7, null), ISSUED.plusSeconds(60));
    assertEquals(Outcome.VALID, v.outcome(), v.reason());
    assertEquals(
        List.of("VerifiableCredential", "OpenBadgeCredential"), v.credential().get("type"));
    @SuppressWarnings("unchecked")
    Map<String, Object> subject = (Map<String, Object>) v.credential().get("credentialSubject");
    @SuppressWarnings("unchecked")
    Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
    assertEquals("Infection control for retail workers", achievement.get("name"));
    assertEquals(2, ((List<?>) achievement.get("alignment")).size());
  }

  @Test
  @DisplayName(
      "the learner's USI is not in the credential in clear; its salted hash proves it to a"
          + " verifier told the USI, and no other USI")
  void usiIsHashedWithSalt() {
    String jwt = issue(5, null);
    String payload = payloadOf(jwt);
    assertFalse(payload.contains("ABCDEFGHJR"), payload);
    Verification v = verifier(Set.of()).verify(jwt, ISSUED.plusSeconds(60));
    @SuppressWarnings("unchecked")
    Map<String, Object> subject = (Map<String, Object>) v.credential().get("credentialSubject");
    @SuppressWarnings("unchecked")
    Map<String, Object> identity =
        (Map<String, Object>) ((List<?>) subject.get("identifier")).get(0);
    assertEquals(true, identity.get("hashed"));
    String salt = (String) identity.get("salt");
    assertEquals(32, salt.length());
    assertEquals(
        OpenBadgeCredentials.identityHash("ABCDEFGHJR", salt), identity.get("identityHash"));
    assertFalse(
        OpenBadgeCredentials.identityHash("ABCDEFGHJS", salt).equals(identity.get("identityHash")));
    assertTrue(((String) identity.get("identityHash")).startsWith("sha256$"));
    // two credentials of the same learner cannot be linked by their hashes
    String other = issue(6, null);
    assertFalse(
        payloadOf(other).contains((String) identity.get("identityHash")),
        "a fresh salt per credential");
  }

  private static String payloadOf(String jwt) {
    return new String(
        java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("changing any one character of the credential fails verification")
  void anyChangedByteFails() {
    String jwt = issue(3, null);
    CredentialVerifier verifier = verifier(Set.of());
    for (int i = 0; i < jwt.length(); i++) {
      char c = jwt.charAt(i);
      char other = c == 'A' ? 'B' : (c == '.' ? 'x' : 'A');
      String tampered = jwt.substring(0, i) + other + jwt.substring(i + 1);
      Verification v = verifier.verify(tampered, ISSUED.plusSeconds(60));
      assertFalse(v.isValid(), "changing character " + i + " went unnoticed");
    }
  }

  @Test
  @DisplayName("another key's signature is refused")
  void otherKeyFails() {
    Verification v =
        new CredentialVerifier(OpenBadgeCredentials.generateKey(), url -> null)
            .verify(issue(1, null), ISSUED.plusSeconds(60));
    assertEquals(Outcome.BAD_SIGNATURE, v.outcome());
  }

  @Test
  @DisplayName("a revoked credential verifies as revoked")
  void revoked() {
    Verification v = verifier(Set.of(5, 9)).verify(issue(9, null), ISSUED.plusSeconds(60));
    assertEquals(Outcome.REVOKED, v.outcome());
    assertEquals("The issuer has revoked this credential.", v.reason());
    assertTrue(verifier(Set.of(5)).verify(issue(9, null), ISSUED.plusSeconds(60)).isValid());
  }

  @Test
  @DisplayName("an expired credential fails, saying when it expired; so does one not yet valid")
  void dates() {
    Instant until = ISSUED.plus(Duration.ofDays(365));
    Verification expired = verifier(Set.of()).verify(issue(2, until), until.plusSeconds(1));
    assertEquals(Outcome.EXPIRED, expired.outcome());
    assertEquals("The credential expired on 2027-11-26T10:00:00Z.", expired.reason());
    assertTrue(verifier(Set.of()).verify(issue(2, until), until).isValid());
    assertEquals(
        Outcome.NOT_YET_VALID,
        verifier(Set.of()).verify(issue(2, until), ISSUED.minusSeconds(1)).outcome());
  }

  @Test
  @DisplayName("garbage is malformed, not an exception")
  void malformed() {
    assertEquals(
        Outcome.MALFORMED, verifier(Set.of()).verify("not a credential", ISSUED).outcome());
    assertEquals(Outcome.MALFORMED, verifier(Set.of()).verify("", ISSUED).outcome());
  }

  @Test
  @DisplayName("the status list keeps 131,072 entries and round-trips through its encoding")
  void statusList() {
    BitstringStatusList list = BitstringStatusList.of(Set.of(0, 8, 131_071));
    BitstringStatusList back = BitstringStatusList.decode(list.encode());
    assertEquals(131_072, back.size());
    assertTrue(back.isSet(0) && back.isSet(8) && back.isSet(131_071));
    assertFalse(back.isSet(1) || back.isSet(7));
    assertTrue(list.encode().startsWith("u"));
  }

  @Test
  @DisplayName("a key kept as a JWK is read back and signs the same way")
  void keyFromConfiguration() {
    ECKey back = OpenBadgeCredentials.parseKey(KEY.toJSONString());
    assertEquals(KEY.getKeyID(), back.getKeyID());
    assertTrue(
        new CredentialVerifier(back, url -> null).verify(issue(1, null), ISSUED).outcome()
            != Outcome.BAD_SIGNATURE);
  }
}
