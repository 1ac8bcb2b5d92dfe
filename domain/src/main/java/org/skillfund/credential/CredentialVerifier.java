package org.skillfund.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.skillfund.credential.Verification.Outcome;

/**
 * Checks an Open Badges 3.0 VC-JWT: that it is well formed, signed by the issuer's key (nothing
 * changed since), inside its validity dates, and not revoked in its Bitstring Status List.
 */
public final class CredentialVerifier {

  private final ECKey issuerKey;
  private final Function<String, BitstringStatusList> statusLists;

  /**
   * @param issuerKey the issuer's public key
   * @param statusLists the published status list at a URL (null if unknown)
   */
  public CredentialVerifier(ECKey issuerKey, Function<String, BitstringStatusList> statusLists) {
    this.issuerKey = issuerKey.toPublicJWK();
    this.statusLists = statusLists;
  }

  /** Every check in turn; the first that fails says why. */
  @SuppressWarnings("unchecked")
  public Verification verify(String compact, Instant now) {
    if (compact == null || compact.isBlank()) {
      return fail(Outcome.MALFORMED, "No credential was given.", null);
    }
    String text = compact.strip();
    JWSObject jws;
    try {
      jws = JWSObject.parse(text);
    } catch (ParseException e) {
      return fail(
          Outcome.MALFORMED,
          "This is not a signed credential (a VC-JWT in three dot-separated parts).",
          null);
    }
    if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
      return fail(
          Outcome.BAD_SIGNATURE, "The credential is not signed with the scheme's ES256 key.", null);
    }
    // Base64url's last character may carry unused bits; insist on the one canonical spelling so
    // that any changed character of the signature is detected, not silently decoded alike.
    Base64URL signature = jws.getSignature();
    if (!Base64URL.encode(signature.decode()).toString().equals(text.split("\\.", -1)[2])) {
      return fail(Outcome.BAD_SIGNATURE, signatureWords(), null);
    }
    boolean signed;
    try {
      signed = jws.verify(new ECDSAVerifier(issuerKey));
    } catch (JOSEException | RuntimeException e) {
      signed = false;
    }
    if (!signed) {
      return fail(Outcome.BAD_SIGNATURE, signatureWords(), null);
    }
    Map<String, Object> vc = jws.getPayload().toJSONObject();
    if (vc == null
        || !(vc.get("type") instanceof List<?> types)
        || !types.contains("VerifiableCredential")) {
      return fail(Outcome.MALFORMED, "The signed content is not a verifiable credential.", vc);
    }
    try {
      Instant from = instant(vc.get("validFrom"));
      if (from == null || now.isBefore(from)) {
        return fail(
            Outcome.NOT_YET_VALID,
            from == null
                ? "The credential names no date it is valid from."
                : "The credential is not valid until " + from + ".",
            vc);
      }
      Instant until = instant(vc.get("validUntil"));
      if (until != null && now.isAfter(until)) {
        return fail(Outcome.EXPIRED, "The credential expired on " + until + ".", vc);
      }
    } catch (DateTimeParseException e) {
      return fail(Outcome.MALFORMED, "The credential's dates are not ISO date-times.", vc);
    }
    if (vc.get("credentialStatus") instanceof Map<?, ?> status) {
      Map<String, Object> entry = (Map<String, Object>) status;
      String url = String.valueOf(entry.get("statusListCredential"));
      BitstringStatusList list = statusLists.apply(url);
      if (list == null) {
        return fail(
            Outcome.MALFORMED,
            "The credential's status list " + url + " is not one Skillfund publishes.",
            vc);
      }
      int index;
      try {
        index = Integer.parseInt(String.valueOf(entry.get("statusListIndex")));
        if (list.isSet(index)) {
          return fail(Outcome.REVOKED, "The issuer has revoked this credential.", vc);
        }
      } catch (IllegalArgumentException e) {
        return fail(Outcome.MALFORMED, "The credential's status entry is not valid.", vc);
      }
    }
    return new Verification(
        Outcome.VALID,
        "The signature is the scheme's, the credential is within its dates and not revoked.",
        vc);
  }

  private static String signatureWords() {
    return "The signature does not match: the credential was changed after it was issued, or"
        + " Skillfund did not issue it.";
  }

  private static Instant instant(Object value) {
    return value == null ? null : Instant.parse(value.toString());
  }

  private static Verification fail(Outcome outcome, String reason, Map<String, Object> vc) {
    return new Verification(outcome, reason, vc);
  }
}
