package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.DeployedSkillfund;
import org.skillfund.it.support.Mailbox;

@DisplayName("Provider staff over REST: e-mailed one-time invitations, acceptance, removal")
class StaffApiIT extends DeployedSkillfund {

  private static final String STAFF = "api/v1/providers/" + ProviderApiIT.PROVIDER_A + "/staff";
  private static final Pattern TOKEN =
      Pattern.compile("accept-invitation\\?token=(?:3D)?([A-Za-z0-9_-]+)");

  private final Api adminA = Api.as(baseUrl(), "provider-a", Api.DEMO_PASSWORD);

  @BeforeAll
  static void smtp() {
    Mailbox.start();
  }

  @Test
  @DisplayName(
      "provider A's admin invites by e-mail; the link creates a staff account once; removal"
          + " stops it signing in")
  void inviteAcceptRemove() {
    String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Api.Reply invited = adminA.post(STAFF + "/invitations", "{\"email\":\"" + email + "\"}");
    assertEquals(201, invited.status(), invited.body());

    List<MimeMessage> mails =
        Mailbox.waitFor(email, s -> s.contains("invited"), Duration.ofSeconds(60));
    assertEquals(1, mails.size());
    Matcher link = TOKEN.matcher(GreenMailUtil.getBody(mails.get(0)).replace("=\r\n", ""));
    assertTrue(link.find(), "the mail holds the link");
    String token = link.group(1);

    String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        "{\"username\":\"%s\",\"displayName\":\"New Staff\",\"password\":\"a-long-password\"}"
            .formatted(username);
    Api.Reply weak =
        Api.anonymous(baseUrl())
            .post(
                "api/v1/staff-invitations/" + token + "/acceptance",
                "{\"username\":\"BAD NAME\",\"displayName\":\"x\",\"password\":\"short\"}");
    assertEquals(400, weak.status());
    Api.Reply accepted =
        Api.anonymous(baseUrl()).post("api/v1/staff-invitations/" + token + "/acceptance", body);
    assertEquals(201, accepted.status(), accepted.body());
    assertEquals("[\"PROVIDER_STAFF\"]", accepted.json().get("roles").toString());
    assertEquals(
        409,
        Api.anonymous(baseUrl())
            .post(
                "api/v1/staff-invitations/" + token + "/acceptance",
                body.replace(username, username + "x"))
            .status(),
        "the link works once");
    assertEquals(
        404,
        Api.anonymous(baseUrl())
            .post("api/v1/staff-invitations/not-a-token/acceptance", body)
            .status());

    Api newStaff = Api.as(baseUrl(), username, "a-long-password");
    assertEquals(
        ProviderApiIT.PROVIDER_A, newStaff.get("api/v1/providers/mine").json().get("id").asText());
    Set<String> people = new HashSet<>();
    newStaff.get(STAFF).json().forEach(p -> people.add(p.get("username").asText()));
    assertTrue(people.containsAll(Set.of("provider-a", "staff-a", username)), people.toString());
    assertEquals(
        403, newStaff.post(STAFF + "/invitations", "{\"email\":\"x@example.org\"}").status());

    assertEquals(400, adminA.delete(STAFF + "/" + username, "{}").status());
    assertEquals(
        204, adminA.delete(STAFF + "/" + username, "{\"reason\":\"Left the company\"}").status());
    assertEquals(401, newStaff.get("api/v1/providers/mine").status());

    Set<String> actions = new HashSet<>();
    for (JsonNode e :
        Api.as(baseUrl(), "auditor", Api.DEMO_PASSWORD)
            .get("api/v1/audit/events?entityType=Provider&size=100")
            .json()
            .get("items")) {
      if (e.get("summary").asText().contains(username)
          || e.get("summary").asText().contains(email)) {
        actions.add(e.get("action").asText());
      }
    }
    assertEquals(Set.of("STAFF_INVITED", "STAFF_JOINED", "STAFF_REMOVED"), actions);
  }

  @Test
  @DisplayName("provider B cannot see, invite to or remove from provider A's staff (404)")
  void otherProvidersGetNotFound() {
    Api adminB = Api.as(baseUrl(), "provider-b", Api.DEMO_PASSWORD);
    assertEquals(404, adminB.get(STAFF).status());
    assertEquals(
        404, adminB.post(STAFF + "/invitations", "{\"email\":\"x@example.org\"}").status());
    assertEquals(404, adminB.delete(STAFF + "/staff-a", "{\"reason\":\"x\"}").status());
    assertEquals(403, Api.as(baseUrl(), "officer", Api.DEMO_PASSWORD).get(STAFF).status());
    assertEquals(
        409,
        adminA.delete(STAFF + "/provider-a", "{\"reason\":\"x\"}").status(),
        "an admin cannot remove themselves");
  }
}
