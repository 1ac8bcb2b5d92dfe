package org.skillfund.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.skillfund.it.support.Abns;
import org.skillfund.it.support.Api;

@DisplayName("A new training provider registers, applies, and is approved for one product")
class ProviderRegistrationJourneyIT extends BrowserJourney {

  /** Demo provider A, Harbourside Skills (provider-a). */
  private static final String PROVIDER_A = "00000000-0000-4000-8000-00000000000a";

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  @DisplayName(
      "an organisation signs up and submits CHC33021 and ICT30120 with evidence; an officer"
          + " assesses; a delegate approves CHC33021 only; the provider sees it on scope")
  void fromSignUpToApproval(@TempDir Path temp) throws IOException {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String username = "org-" + unique;
    String password = "correct-horse-battery-" + unique;
    String legalName = "Journey Training " + unique + " Pty Ltd";

    // The organisation signs up and signs in.
    SignUpPage signUp = SignUpPage.open(browser, baseUrl());
    accessible("sign-up form");
    signUp
        .organisation(legalName, Abns.fresh())
        .admin(username, "Jo Journey", username + "@example.org", password)
        .submit();
    assertTrue(signUp.confirmation().contains("Sign in as " + username), signUp.confirmation());
    accessible("sign-up done");
    LoginPage login = signUp.goToSignIn();
    accessible("sign-in page");
    login.signIn(username, password);
    assertSignedInAs(username);

    // It fills in the draft, uploads evidence and submits.
    ProviderPage provider = ProviderPage.current(browser);
    assertTrue(browser.driver().getCurrentUrl().endsWith("/provider"), "sent on to its page");
    assertEquals("Draft", provider.status());
    accessible("provider draft");
    provider
        .details(rtoCode(), "Casey Contact", "casey@example.org", "08 8900 1234")
        .deliversIn("Northern Territory")
        .deliversIn("Victoria")
        .product(0, "CHC33021", "Work-based learning with direct guidance", "Traineeship")
        .addProductRow()
        .product(1, "ICT30120", "Wholly educational-institution based", null)
        .saveDraft();
    assertEquals(List.of("Your draft is saved."), provider.messages());
    Path disguised = temp.resolve("invoice.pdf");
    Files.write(disguised, new byte[] {'M', 'Z', (byte) 0x90, 0});
    provider.upload(disguised);
    assertTrue(
        provider.uploadMessage().contains("Only PDF, PNG and JPEG"), provider.uploadMessage());
    assertEquals(List.of(), provider.evidence());
    Path evidence = temp.resolve("registration.pdf");
    Files.write(evidence, PDF);
    provider.upload(evidence);
    assertEquals(List.of("registration.pdf"), provider.evidence(), provider.messages().toString());
    accessible("provider draft with evidence");
    browser.screenshot("provider-draft");
    provider.submitAndConfirm();
    assertEquals("Submitted", provider.status(), provider.messages().toString());
    accessible("provider submitted");

    // An officer finds it in the queue, picks it up and assesses it.
    signInAs("officer", Api.DEMO_PASSWORD);
    ProviderQueuePage queue = ProviderQueuePage.open(browser, baseUrl());
    accessible("provider queue");
    queue.deliveringIn("Northern Territory");
    assertTrue(queue.providers().contains(legalName), queue.providers().toString());
    browser.screenshot("provider-queue");
    ProviderReviewPage review = queue.review(legalName);
    String reviewUrl = browser.driver().getCurrentUrl();
    assertEquals(legalName, review.heading());
    assertEquals("Submitted", review.status());
    assertFalse(review.offers("decide"), "an officer cannot decide");
    accessible("review, submitted");
    review.pickUp();
    assertEquals("Under assessment", review.status(), review.messages().toString());
    review
        .assessment("Low", "Established RTO; clean audit history.")
        .recommend("CHC33021", true, "Trainers and workplaces in place")
        .recommend("ICT30120", false, "No qualified trainers yet")
        .recordAssessment();
    assertEquals("Low", review.assessedRisk(), review.messages().toString());
    accessible("review, assessed");

    // A delegate approves CHC33021 only.
    signInAs("delegate", Api.DEMO_PASSWORD);
    browser.open(reviewUrl);
    review = ProviderReviewPage.current(browser);
    assertFalse(review.offers("assess"), "a delegate cannot assess");
    accessible("review, for decision");
    browser.screenshot("provider-review");
    review.decideAndConfirm("Approve", List.of("CHC33021"), "Meets every criterion for CHC33021.");
    assertEquals("Approved", review.status(), review.messages().toString());
    accessible("review, decided");

    // The provider sees its approval and scope.
    signInAs(username, password);
    provider = ProviderPage.open(browser, baseUrl());
    assertEquals("Approved", provider.status());
    assertEquals(List.of("CHC33021"), provider.scope());
    accessible("provider approved");
    browser.screenshot("provider-approved");
  }

  @Test
  @DisplayName("provider B cannot open provider A's review page: refused, nothing of A shown")
  void otherProviderCannotOpenTheReview() {
    signInAs("provider-b", Api.DEMO_PASSWORD);
    browser.open(baseUrl() + "provider-review?id=" + PROVIDER_A);
    String text = browser.driver().findElement(By.tagName("main")).getText();
    assertTrue(
        browser.driver().findElement(By.id("error-text")).getText().contains("does not allow"),
        text);
    assertFalse(text.contains("Harbourside"), text);
    assertTrue(browser.driver().findElements(By.id("review:content")).isEmpty());
    accessible("refusal page");
  }

  private static String rtoCode() {
    return String.valueOf(10000 + (int) (Math.random() * 89999));
  }
}
