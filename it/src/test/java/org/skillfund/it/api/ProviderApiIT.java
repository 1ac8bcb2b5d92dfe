package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.Abns;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.DeployedSkillfund;
import org.skillfund.it.support.Mailbox;

@DisplayName("Provider registration over REST: sign-up to approval, tenancy, separation of duties")
class ProviderApiIT extends DeployedSkillfund {

  static final String PROVIDERS = "api/v1/providers";

  /** Demo provider A (provider-a, staff-a). */
  static final String PROVIDER_A = "00000000-0000-4000-8000-00000000000a";

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  private final Api officer = Api.as(baseUrl(), "officer", Api.DEMO_PASSWORD);
  private final Api delegate = Api.as(baseUrl(), "delegate", Api.DEMO_PASSWORD);
  private final Api auditor = Api.as(baseUrl(), "auditor", Api.DEMO_PASSWORD);

  /** A new organisation signed up through the API, and its admin's client. */
  record Organisation(String id, String username, Api admin) {}

  static Organisation signUp(String base) {
    String username = "org-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "correct-horse-battery";
    Api.Reply created =
        Api.anonymous(base)
            .post(
                PROVIDERS,
                """
                {"username":"%s","displayName":"Test Admin","email":"%s@example.org",
                 "password":"%s","legalName":"Test Training %s Pty Ltd","abn":"%s"}"""
                    .formatted(username, username, password, username, Abns.fresh()));
    assertEquals(201, created.status(), created.body());
    return new Organisation(
        created.json().get("id").asText(), username, Api.as(base, username, password));
  }

  static String draft(String rto, String states, String products) {
    return """
        {"legalName":"Test Training Pty Ltd","abn":"%s","rtoCode":"%s",
         "contactName":"Casey Contact","contactEmail":"casey@example.org",
         "contactPhone":"03 9000 1234","deliveryStates":[%s],"products":[%s]}"""
        .formatted(Abns.fresh(), rto, states, products);
  }

  static final String TWO_PRODUCTS =
      """
      {"productCode":"CHC33021","cetModel":"WORK_BASED_WITH_GUIDANCE","workBasedFormat":"TRAINEESHIP"},
      {"productCode":"ICT30120","cetModel":"INSTITUTION_BASED"}""";

  /** Signs up, fills a complete draft, uploads a PDF and submits. */
  static Organisation submitted(String base) {
    Organisation org = signUp(base);
    Api.Reply saved =
        org.admin()
            .put(
                PROVIDERS + "/" + org.id() + "/application",
                draft(rtoCode(), "\"VIC\",\"NSW\"", TWO_PRODUCTS));
    assertEquals(200, saved.status(), saved.body());
    assertEquals(
        201,
        org.admin()
            .postBytes(
                PROVIDERS + "/" + org.id() + "/evidence?fileName=registration.pdf",
                "application/pdf",
                PDF)
            .status());
    Api.Reply submitted = org.admin().post(PROVIDERS + "/" + org.id() + "/submit", "");
    assertEquals(200, submitted.status(), submitted.body());
    return org;
  }

  static String rtoCode() {
    return String.valueOf(10000 + (int) (Math.random() * 89999));
  }

  static String assessment(boolean chcRecommended) {
    return """
        {"checklist":{"registrationCurrent":true,"scopeVerified":true,"financiallyViable":true,
                      "complianceHistoryClear":true,"conflictsDeclared":true},
         "riskRating":"LOW","riskReasons":"Established RTO, clean audits",
         "recommendations":[{"productCode":"CHC33021","recommended":%s,"note":"ok"},
                            {"productCode":"ICT30120","recommended":false,"note":"no trainers"}]}"""
        .formatted(chcRecommended);
  }

  @BeforeAll
  static void smtp() {
    Mailbox.start();
  }

  @Test
  @DisplayName(
      "an organisation signs up, drafts, uploads evidence and submits; an officer assesses; a"
          + " delegate approves one product; the provider sees it; every step is audited")
  void fromSignUpToApproval() {
    Organisation org = signUp(baseUrl());
    String base = PROVIDERS + "/" + org.id();
    assertEquals("DRAFT", org.admin().get(PROVIDERS + "/mine").json().get("status").asText());

    // Bad draft: every field at fault is named, nothing is saved.
    Api.Reply bad =
        org.admin()
            .put(
                base + "/application",
                """
                {"abn":"51824753557","rtoCode":"12","contactEmail":"not-an-email",
                 "deliveryStates":["VIC","XYZ"],
                 "products":[{"productCode":"CHC33015","cetModel":"INSTITUTION_BASED"}]}""");
    assertEquals(400, bad.status());
    assertEquals(Set.of("deliveryStates[1]"), fields(bad));
    Api.Reply invalid =
        org.admin()
            .put(
                base + "/application",
                """
                {"abn":"51824753557","rtoCode":"12","contactEmail":"not-an-email",
                 "deliveryStates":["VIC"],
                 "products":[{"productCode":"CHC33015","cetModel":"INSTITUTION_BASED"},
                             {"productCode":"CHC33021","cetModel":"WHOLLY_WORK_BASED"}]}""");
    assertEquals(400, invalid.status());
    assertEquals(
        Set.of(
            "abn",
            "rtoCode",
            "contactEmail",
            "products[0].productCode",
            "products[1].workBasedFormat"),
        fields(invalid));
    assertTrue(invalid.body().contains("apply for CHC33021 instead"), invalid.body());
    assertEquals(0, org.admin().get(base + "/application").json().get("products").size());

    // Submitting an incomplete draft names what is missing.
    Api.Reply incomplete = org.admin().post(base + "/submit", "");
    assertEquals(400, incomplete.status());
    assertTrue(fields(incomplete).containsAll(Set.of("rtoCode", "products", "evidence")));

    assertEquals(
        200,
        org.admin().put(base + "/application", draft(rtoCode(), "\"VIC\"", TWO_PRODUCTS)).status());

    // Evidence is checked by content: an executable named .pdf is refused and not stored.
    Api.Reply exe =
        org.admin()
            .postBytes(
                base + "/evidence?fileName=invoice.pdf",
                "application/pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0});
    assertEquals(400, exe.status());
    assertEquals(Set.of("file"), fields(exe));
    assertEquals(0, org.admin().get(base + "/evidence").json().size());
    Api.Reply pdf =
        org.admin()
            .postBytes(
                base + "/evidence?fileName=C%3A%5Cdocs%5Cregistration.pdf", "application/pdf", PDF);
    assertEquals(201, pdf.status(), pdf.body());
    assertEquals("registration.pdf", pdf.json().get("fileName").asText());
    assertEquals(64, pdf.json().get("sha256").asText().length());
    Api.Reply download = officer.get(base + "/evidence/" + pdf.json().get("id").asText());
    assertEquals(200, download.status());
    assertTrue(download.contentType().startsWith("application/pdf"));

    assertEquals(200, org.admin().post(base + "/submit", "").status());
    assertEquals(
        409,
        org.admin().put(base + "/application", draft(rtoCode(), "\"VIC\"", TWO_PRODUCTS)).status());
    assertEquals(409, org.admin().post(base + "/submit", "").status());

    // The officer finds it in the queue for Victoria, picks it up and assesses it.
    JsonNode queue = officer.get(PROVIDERS + "?status=SUBMITTED&state=VIC&size=100").json();
    assertTrue(contains(queue.get("items"), org.id()), "in the Victorian queue");
    assertEquals(
        false,
        contains(
            officer.get(PROVIDERS + "?status=SUBMITTED&state=WA&size=100").json().get("items"),
            org.id()));
    assertEquals(409, delegate.post(base + "/decision", approve("CHC33021")).status());
    assertEquals(200, officer.post(base + "/pick-up", "").status());
    assertEquals(
        409, delegate.post(base + "/decision", approve("CHC33021")).status(), "not assessed");
    Api.Reply missingRecommendation =
        officer.post(
            base + "/assessment",
            """
            {"checklist":{"registrationCurrent":true},"riskRating":"LOW","riskReasons":"ok",
             "recommendations":[{"productCode":"CHC33021","recommended":true}]}""");
    assertEquals(Set.of("recommendations.ICT30120"), fields(missingRecommendation));
    assertEquals(200, officer.post(base + "/assessment", assessment(true)).status());
    assertEquals(403, officer.post(base + "/decision", approve("CHC33021")).status());

    Api.Reply approved = delegate.post(base + "/decision", approve("CHC33021"));
    assertEquals(200, approved.status(), approved.body());

    JsonNode mine = org.admin().get(PROVIDERS + "/mine").json();
    assertEquals("APPROVED", mine.get("status").asText());
    assertEquals(1, mine.get("scope").size());
    assertEquals("CHC33021", mine.get("scope").get(0).get("productCode").asText());
    JsonNode application = org.admin().get(base + "/application").json();
    assertEquals("officer", application.get("assessedBy").asText());
    assertEquals("delegate", application.get("decidedBy").asText());

    // The admin gets the decision by e-mail once it commits.
    List<MimeMessage> mails =
        Mailbox.waitFor(
            org.username() + "@example.org",
            subject -> subject.contains("approved"),
            Duration.ofSeconds(60));
    assertEquals(1, mails.size(), "one approval mail");
    assertTrue(GreenMailUtil.getBody(mails.get(0)).contains("CHC33021"));
    // The refused submission (missing fields) rolled back its mail with it: one receipt only.
    assertEquals(
        1,
        Mailbox.received(
                org.username() + "@example.org",
                subject -> subject.startsWith("Application received"))
            .size());

    Set<String> actions = new HashSet<>();
    for (JsonNode e :
        auditor.get("api/v1/audit/events?entityType=Provider&size=100").json().get("items")) {
      if (e.get("entityId").asText().equals(org.id())) {
        actions.add(e.get("action").asText());
      }
    }
    assertEquals(
        Set.of(
            "PROVIDER_SIGNED_UP",
            "PROVIDER_APPLICATION_SAVED",
            "PROVIDER_EVIDENCE_UPLOADED",
            "PROVIDER_SUBMITTED",
            "PROVIDER_PICKED_UP",
            "PROVIDER_ASSESSED",
            "PROVIDER_APPROVED"),
        actions);
  }

  @Test
  @DisplayName(
      "provider B gets 404 for every endpoint on provider A's ids; other roles get 401/403")
  void tenancy() {
    Api providerB = Api.as(baseUrl(), "provider-b", Api.DEMO_PASSWORD);
    String a = PROVIDERS + "/" + PROVIDER_A;
    String evidenceOfA = firstEvidenceOf(submitted(baseUrl()));
    assertEquals(404, providerB.get(a).status());
    assertEquals(404, providerB.get(a + "/application").status());
    assertEquals(404, providerB.get(a + "/application/versions").status());
    assertEquals(404, providerB.get(a + "/evidence").status());
    assertEquals(
        404, providerB.put(a + "/application", draft("12345", "\"VIC\"", TWO_PRODUCTS)).status());
    assertEquals(
        404, providerB.postBytes(a + "/evidence?fileName=x.pdf", "application/pdf", PDF).status());
    assertEquals(404, providerB.post(a + "/submit", "").status());
    assertEquals(404, providerB.get(evidenceOfA).status());
    assertEquals(404, providerB.delete(evidenceOfA, "").status());
    assertEquals(
        404, providerB.get(PROVIDERS + "/no-such-id").status(), "same answer as a missing id");
    JsonNode listed = providerB.get(PROVIDERS + "?size=100").json();
    assertEquals(1, listed.get("total").asLong());
    assertEquals(
        "00000000-0000-4000-8000-00000000000b", listed.get("items").get(0).get("id").asText());

    // Other roles: department-only steps are refused to providers; providers' steps to others.
    assertEquals(403, providerB.post(a + "/pick-up", "").status());
    assertEquals(403, providerB.post(a + "/decision", approve("CHC33021")).status());
    assertEquals(
        403,
        providerB
            .post(a + "/suspension", "{\"reason\":\"x\",\"effectiveDate\":\"2026-12-01\"}")
            .status());
    for (String role : new String[] {"learner", "endorser", "manager", "admin"}) {
      Api other = Api.as(baseUrl(), role, Api.DEMO_PASSWORD);
      assertEquals(403, other.get(a).status(), role);
      assertEquals(403, other.get(PROVIDERS).status(), role);
      assertEquals(
          403,
          other.put(a + "/application", draft("12345", "\"VIC\"", TWO_PRODUCTS)).status(),
          role);
    }
    assertEquals(401, Api.anonymous(baseUrl()).get(a).status());
    assertEquals(
        403, officer.put(a + "/application", draft("12345", "\"VIC\"", TWO_PRODUCTS)).status());
    assertEquals(403, auditor.post(a + "/pick-up", "").status());
    // Staff may edit a draft but only the admin submits; A is approved, so its draft is closed.
    Api staff = Api.as(baseUrl(), "staff-a", Api.DEMO_PASSWORD);
    assertEquals(200, staff.get(a).status());
    assertEquals(
        409, staff.put(a + "/application", draft("12345", "\"VIC\"", TWO_PRODUCTS)).status());
    assertEquals(403, staff.post(a + "/submit", "").status());
  }

  @Test
  @DisplayName(
      "the assessor cannot decide, a delegate with a declared conflict cannot, another delegate"
          + " returns it and the provider resubmits a new version")
  void separationOfDuties() {
    Organisation org = submitted(baseUrl());
    String base = PROVIDERS + "/" + org.id();
    Api senior = Api.as(baseUrl(), "senior", Api.DEMO_PASSWORD); // officer and delegate
    assertEquals(200, senior.post(base + "/pick-up", "").status());
    assertEquals(200, senior.post(base + "/assessment", assessment(true)).status());
    Api.Reply own = senior.post(base + "/decision", approve("CHC33021"));
    assertEquals(403, own.status());
    assertTrue(own.json().get("detail").asText().contains("You assessed this application"));

    assertEquals(
        201, delegate.post(base + "/conflicts", "{\"reason\":\"My sibling is its CEO\"}").status());
    Api.Reply conflicted = delegate.post(base + "/decision", approve("CHC33021"));
    assertEquals(403, conflicted.status());
    assertTrue(conflicted.json().get("detail").asText().contains("conflict of interest"));

    Api other = Api.as(baseUrl(), "delegate-2", Api.DEMO_PASSWORD);
    Api.Reply returned =
        other.post(
            base + "/decision",
            "{\"decision\":\"RETURNED\",\"reason\":\"Send your latest audit report\"}");
    assertEquals(200, returned.status(), returned.body());
    assertEquals("DRAFT", returned.json().get("status").asText());
    assertEquals(2, returned.json().get("currentVersion").asInt());
    assertEquals(1, org.admin().get(base + "/evidence").json().size(), "evidence carried forward");
    assertEquals(
        201,
        org.admin()
            .postBytes(base + "/evidence?fileName=audit.pdf", "application/pdf", PDF)
            .status());
    assertEquals(200, org.admin().post(base + "/submit", "").status());
    JsonNode versions = org.admin().get(base + "/application/versions").json();
    assertEquals(2, versions.size());
    assertEquals("RETURNED", versions.get(1).get("decision").asText());
    assertEquals("SUBMITTED", org.admin().get(base).json().get("status").asText());
  }

  @Test
  @DisplayName("a delegate suspends, reinstates and revokes an approved provider, with reasons")
  void suspendReinstateRevoke() {
    Organisation org = submitted(baseUrl());
    String base = PROVIDERS + "/" + org.id();
    officer.post(base + "/pick-up", "");
    officer.post(base + "/assessment", assessment(true));
    assertEquals(200, delegate.post(base + "/decision", approve("CHC33021")).status());

    Api.Reply noReason = delegate.post(base + "/suspension", "{\"effectiveDate\":\"2026-12-01\"}");
    assertEquals(Set.of("reason"), fields(noReason));
    Api.Reply suspended =
        delegate.post(
            base + "/suspension",
            "{\"reason\":\"Audit found unqualified trainers\",\"effectiveDate\":\"2026-12-01\"}");
    assertEquals(200, suspended.status(), suspended.body());
    assertEquals("SUSPENDED", suspended.json().get("status").asText());
    assertEquals("2026-12-01", suspended.json().get("statusEffective").asText());
    assertEquals(
        409,
        delegate
            .post(base + "/suspension", "{\"reason\":\"again\",\"effectiveDate\":\"2026-12-01\"}")
            .status());
    assertEquals(
        "APPROVED",
        delegate
            .post(base + "/reinstatement", "{\"reason\":\"Trainers now qualified\"}")
            .json()
            .get("status")
            .asText());
    Api.Reply revoked =
        delegate.post(
            base + "/revocation", "{\"reason\":\"Fraud\",\"effectiveDate\":\"2026-12-24\"}");
    assertEquals("REVOKED", revoked.json().get("status").asText());
    assertEquals(409, delegate.post(base + "/reinstatement", "{\"reason\":\"x\"}").status());
  }

  @Test
  @DisplayName(
      "a draft with another provider's RTO code cannot be submitted; an ABN typed with spaces is kept as digits")
  void registeredIdentifiersAreUnique() {
    Organisation org = signUp(baseUrl());
    String base = PROVIDERS + "/" + org.id();
    String spaced = "51 824 753 556"; // provider A's ABN, typed with spaces
    Api.Reply saved =
        org.admin()
            .put(
                base + "/application",
                draft("90001", "\"VIC\"", TWO_PRODUCTS)
                    .replaceFirst("\"abn\":\"\\d+\"", "\"abn\":\"" + spaced + "\""));
    assertEquals(200, saved.status(), saved.body());
    assertEquals("51824753556", saved.json().get("abn").asText());
    org.admin().postBytes(base + "/evidence?fileName=a.pdf", "application/pdf", PDF);
    Api.Reply refused = org.admin().post(base + "/submit", "");
    assertEquals(400, refused.status(), refused.body());
    assertEquals(Set.of("abn", "rtoCode"), fields(refused));
    assertEquals("DRAFT", org.admin().get(base).json().get("status").asText());
  }

  static String approve(String... codes) {
    return "{\"decision\":\"APPROVED\",\"approvedProducts\":[\""
        + String.join("\",\"", codes)
        + "\"],\"reason\":\"Meets the criteria\"}";
  }

  private String firstEvidenceOf(Organisation org) {
    JsonNode files = org.admin().get(PROVIDERS + "/" + org.id() + "/evidence").json();
    return PROVIDERS + "/" + org.id() + "/evidence/" + files.get(0).get("id").asText();
  }

  private static boolean contains(JsonNode items, String id) {
    for (JsonNode p : items) {
      if (p.get("id").asText().equals(id)) {
        return true;
      }
    }
    return false;
  }

  static Set<String> fields(Api.Reply reply) {
    Set<String> fields = new HashSet<>();
    JsonNode errors = reply.json().get("errors");
    if (errors != null) {
      errors.forEach(e -> fields.add(e.get("field").asText()));
    }
    return fields;
  }
}
