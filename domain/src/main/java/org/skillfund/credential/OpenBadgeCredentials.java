package org.skillfund.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds Open Badges 3.0 {@code OpenBadgeCredential}s (W3C Verifiable Credentials 2.0) and secures
 * them as VC-JOSE compact JWS ({@code typ: vc+jwt}, ES256) with Nimbus JOSE, never hand-rolled
 * cryptography.
 */
public final class OpenBadgeCredentials {

  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  public static final String OB_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
  public static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

  /**
   * The scheme as issuer.
   *
   * @param id the issuer's URL (its profile)
   * @param name its name
   * @param key its signing key (EC P-256 with a key id)
   */
  public record Issuer(String id, String name, ECKey key) {}

  /**
   * What the badge says.
   *
   * @param credentialId the credential's UUID
   * @param achievementUrl the public page of the micro-credential
   * @param content the endorsed content
   * @param providerName who delivered it
   * @param learnerName the learner's name
   * @param usi the learner's USI
   * @param validFrom when it starts to be valid
   * @param validUntil when it stops (null: no end)
   * @param statusListUrl the published status list credential
   * @param statusIndex this credential's entry in it
   */
  public record Badge(
      String credentialId,
      String achievementUrl,
      MicroCredentialContent content,
      String providerName,
      String learnerName,
      String usi,
      Instant validFrom,
      Instant validUntil,
      String statusListUrl,
      int statusIndex) {}

  private static final SecureRandom SALTS = new SecureRandom();

  private OpenBadgeCredentials() {}

  /**
   * The Open Badges 3.0 hash of an identifier: {@code sha256$} and the hex SHA-256 of the
   * identifier followed by the salt.
   */
  public static String identityHash(String identifier, String salt) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((identifier + salt).getBytes(StandardCharsets.UTF_8));
      return "sha256$" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String salt() {
    byte[] bytes = new byte[16];
    SALTS.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** A fresh EC P-256 issuer key (ES256), for a run that configured none. */
  public static ECKey generateKey() {
    try {
      return new ECKeyGenerator(Curve.P_256)
          .keyID("skillfund-" + UUID.randomUUID().toString().substring(0, 8))
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("The JDK cannot generate an EC P-256 key", e);
    }
  }

  /** Reads a private EC JWK (as kept in configuration). */
  public static ECKey parseKey(String jwk) {
    try {
      ECKey key = ECKey.parse(jwk);
      if (!key.isPrivate() || !Curve.P_256.equals(key.getCurve())) {
        throw new IllegalArgumentException("The issuer key must be a private EC P-256 JWK.");
      }
      return key;
    } catch (ParseException e) {
      throw new IllegalArgumentException("The issuer key is not a JWK: " + e.getMessage(), e);
    }
  }

  /** The credential as JSON-ready maps (W3C VC 2.0 data model, Open Badges 3.0 terms). */
  public static Map<String, Object> credential(Issuer issuer, Badge b) {
    MicroCredentialContent c = b.content();
    Map<String, Object> vc = new LinkedHashMap<>();
    vc.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
    vc.put("id", "urn:uuid:" + b.credentialId());
    vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
    vc.put("name", c.getTitle());
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("id", issuer.id());
    profile.put("type", List.of("Profile"));
    profile.put("name", issuer.name());
    vc.put("issuer", profile);
    vc.put("validFrom", seconds(b.validFrom()));
    if (b.validUntil() != null) {
      vc.put("validUntil", seconds(b.validUntil()));
    }
    Map<String, Object> achievement = new LinkedHashMap<>();
    achievement.put("id", b.achievementUrl());
    achievement.put("type", List.of("Achievement"));
    achievement.put("achievementType", "MicroCredential");
    achievement.put("name", c.getTitle());
    achievement.put("description", c.getDescription());
    achievement.put(
        "criteria",
        Map.of(
            "narrative",
            "Assessed against these learning outcomes: "
                + String.join("; ", c.getLearningOutcomes())
                + ". Assessment: "
                + c.getAssessment()));
    List<Object> alignment = new ArrayList<>();
    for (String unit : c.getUnits()) {
      alignment.add(align(unit, "Unit of competency " + unit));
    }
    for (String qualification : c.getCreditTowards()) {
      alignment.add(align(qualification, "Gives credit towards " + qualification));
    }
    achievement.put("alignment", alignment);
    achievement.put("fieldOfStudy", c.getIndustry());
    achievement.put("humanCode", b.credentialId().substring(0, 8));
    achievement.put("hours", c.getHours());
    achievement.put(
        "resultDescription",
        List.of(
            Map.of(
                "id",
                b.achievementUrl() + "#result",
                "type",
                List.of("ResultDescription"),
                "name",
                "Completed and assessed as competent",
                "resultType",
                "Status")));
    achievement.put(
        "creator",
        Map.of(
            "id",
            b.achievementUrl() + "#provider",
            "type",
            List.of("Profile"),
            "name",
            b.providerName()));
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("type", List.of("AchievementSubject"));
    // The USI never travels in clear: a salted SHA-256 (Open Badges 3.0 IdentityObject), which the
    // learner can prove by telling a verifier their USI, who recomputes it with the salt.
    String salt = salt();
    subject.put(
        "identifier",
        List.of(
            Map.of(
                "type",
                "IdentityObject",
                "identityType",
                "identifier",
                "hashed",
                true,
                "identityHash",
                identityHash(b.usi(), salt),
                "salt",
                salt,
                "name",
                b.learnerName())));
    subject.put("achievement", achievement);
    vc.put("credentialSubject", subject);
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("id", b.statusListUrl() + "#" + b.statusIndex());
    status.put("type", "BitstringStatusListEntry");
    status.put("statusPurpose", "revocation");
    status.put("statusListIndex", Integer.toString(b.statusIndex()));
    status.put("statusListCredential", b.statusListUrl());
    vc.put("credentialStatus", status);
    return vc;
  }

  /** The Bitstring Status List credential that says which issued credentials are revoked. */
  public static Map<String, Object> statusListCredential(
      Issuer issuer, String url, BitstringStatusList list, Instant validFrom) {
    Map<String, Object> vc = new LinkedHashMap<>();
    vc.put("@context", List.of(VC_CONTEXT));
    vc.put("id", url);
    vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
    vc.put("issuer", issuer.id());
    vc.put("validFrom", seconds(validFrom));
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", url + "#list");
    subject.put("type", "BitstringStatusList");
    subject.put("statusPurpose", "revocation");
    subject.put("encodedList", list.encode());
    vc.put("credentialSubject", subject);
    return vc;
  }

  /** Secures a credential as a compact VC-JWT signed with the issuer's key (ES256). */
  public static String sign(Issuer issuer, Map<String, Object> credential) {
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.ES256)
            .type(VC_JWT)
            .contentType("vc")
            .keyID(issuer.id() + "#" + issuer.key().getKeyID())
            .build();
    JWSObject jws = new JWSObject(header, new Payload(credential));
    try {
      jws.sign(new ECDSASigner(issuer.key()));
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign the credential", e);
    }
    return jws.serialize();
  }

  /**
   * The credential inside a VC-JWT this scheme issued (no checks: see {@link CredentialVerifier}).
   */
  public static Map<String, Object> claims(String compact) {
    try {
      return JWSObject.parse(compact).getPayload().toJSONObject();
    } catch (ParseException e) {
      throw new IllegalArgumentException("Not a VC-JWT", e);
    }
  }

  /** Pretty JSON of a credential (for download and display). */
  public static String json(Map<String, Object> credential) {
    return JSONObjectUtils.toJSONString(credential);
  }

  private static Map<String, Object> align(String code, String name) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("type", List.of("Alignment"));
    a.put("targetName", name);
    a.put("targetCode", code);
    a.put("targetFramework", "Australian national training register (training.gov.au)");
    a.put("targetUrl", "https://training.gov.au/Training/Details/" + code);
    return a;
  }

  private static String seconds(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
