package org.skillfund.credential;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.credential.MicroCredentialJson.Issued;
import org.skillfund.credential.MicroCredentialJson.Reason;
import org.skillfund.shared.Problem;

/**
 * Issued Open Badges 3.0 credentials: reading and downloading them, verifying any credential, the
 * revocation status list at a stable URL, and the issuer's profile with its public key.
 */
@RequestScoped
@Path("v1/credentials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credentials", description = "Open Badges 3.0 credentials: issue, verify, revoke")
public class CredentialResource {

  /** The media type of a VC secured with JOSE (VC-JOSE-COSE). */
  public static final String VC_JWT = "application/vc+jwt";

  @EJB private CredentialService credentials;

  /**
   * An issued credential.
   *
   * @param record who, what and when
   * @param credential the OpenBadgeCredential (W3C VC 2.0) as signed
   * @param jwt the signed VC-JWT, as it is downloaded and verified
   */
  public record CredentialView(Issued record, Map<String, Object> credential, String jwt) {
    static CredentialView of(IssuedCredential c) {
      return new CredentialView(
          Issued.of(c), OpenBadgeCredentials.claims(c.getSignedJwt()), c.getSignedJwt());
    }
  }

  /**
   * What to verify: the VC-JWT.
   *
   * @param credential the compact VC-JWT
   */
  public record VerifyRequest(String credential) {}

  /**
   * What verification found.
   *
   * @param valid whether every check passed
   * @param outcome VALID, or the first failing check
   * @param reason why, in plain words
   * @param credential the credential's claims when the signature held
   */
  public record VerifyResponse(
      boolean valid, Verification.Outcome outcome, String reason, Map<String, Object> credential) {}

  @GET
  @Path("mine")
  @Operation(summary = "The caller's own credentials (learners)")
  @APIResponse(responseCode = "200", description = "The credentials, newest first")
  public List<CredentialView> mine() {
    return credentials.mine().stream().map(CredentialView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "One issued credential (the learner it was issued to, the issuing provider, auditors)")
  @APIResponse(responseCode = "200", description = "The credential and its signed form")
  @APIResponse(
      responseCode = "404",
      description = "No such credential, or not the caller's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CredentialView find(@PathParam("id") String id) {
    return CredentialView.of(credentials.find(id));
  }

  @GET
  @Path("{id}/download")
  @Produces(VC_JWT)
  @Operation(summary = "Download the signed credential (a VC-JWT file)")
  @APIResponse(responseCode = "200", description = "The VC-JWT")
  public Response download(@PathParam("id") String id) {
    IssuedCredential c = credentials.find(id);
    return Response.ok(c.getSignedJwt(), VC_JWT)
        .header("Content-Disposition", "attachment; filename=\"credential-" + id + ".jwt\"")
        .build();
  }

  @POST
  @Path("verify")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Verify a credential: signature, validity dates and revocation; says why it fails"
              + " (anyone)")
  @APIResponse(responseCode = "200", description = "The verification, valid or not")
  public VerifyResponse verify(VerifyRequest request) {
    return answer(credentials.verify(request == null ? null : request.credential()));
  }

  @POST
  @Path("verify")
  @Consumes({VC_JWT, MediaType.TEXT_PLAIN})
  @Operation(summary = "Verify a credential sent as the raw VC-JWT file (anyone)")
  @APIResponse(responseCode = "200", description = "The verification, valid or not")
  public VerifyResponse verifyRaw(String jwt) {
    return answer(credentials.verify(jwt));
  }

  @POST
  @Path("{id}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revoke an issued credential, with a reason (the issuing provider's admin)")
  @APIResponse(responseCode = "200", description = "Revoked; the status list shows it")
  @APIResponse(
      responseCode = "409",
      description = "Already revoked",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Issued revoke(@PathParam("id") String id, Reason reason) {
    return Issued.of(credentials.revoke(id, reason == null ? null : reason.reason()));
  }

  @GET
  @Path("status/revocation")
  @Produces(VC_JWT)
  @Operation(
      summary =
          "The revocation Bitstring Status List credential, signed (stable URL named by every"
              + " credential)")
  @APIResponse(responseCode = "200", description = "The BitstringStatusListCredential as VC-JWT")
  public Response statusList() {
    return Response.ok(credentials.statusListJwt(), VC_JWT)
        .header("Cache-Control", "max-age=60")
        .build();
  }

  @GET
  @Path("status/revocation.json")
  @Operation(summary = "The revocation status list credential as plain JSON")
  @APIResponse(responseCode = "200", description = "The BitstringStatusListCredential")
  public Map<String, Object> statusListJson() {
    return credentials.statusListCredential();
  }

  @GET
  @Path("issuer")
  @Operation(summary = "The issuer's profile with its public key (JWK)")
  @APIResponse(responseCode = "200", description = "The issuer profile")
  public Map<String, Object> issuer() {
    return credentials.issuerProfile();
  }

  private static VerifyResponse answer(Verification v) {
    return new VerifyResponse(v.isValid(), v.outcome(), v.reason(), v.credential());
  }
}
