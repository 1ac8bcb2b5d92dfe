package org.skillfund.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.identity.Role;
import org.skillfund.shared.WorkflowException;

class MicroCredentialTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final Set<Role> ADMIN = Set.of(Role.PROVIDER_ADMIN);
  private static final Set<Role> ENDORSER = Set.of(Role.ENDORSER);

  private static MicroCredential endorsedUntil(LocalDate until) {
    MicroCredential mc =
        new MicroCredential("id", "provider", "Provider", Samples.infectionControl(), "a", NOW);
    mc.take(MicroCredentialAction.SUBMIT, ADMIN, "a", NOW, null);
    mc.take(MicroCredentialAction.PICK_UP, ENDORSER, "e", NOW, null);
    mc.take(MicroCredentialAction.ENDORSE, ENDORSER, "e", NOW, null);
    mc.endorseUntil(until);
    return mc;
  }

  @Test
  @DisplayName("each submission counts a version; a pick-up names the reviewer")
  void versionsAndReviewer() {
    MicroCredential mc =
        new MicroCredential("id", "provider", "Provider", Samples.infectionControl(), "a", NOW);
    mc.take(MicroCredentialAction.SUBMIT, ADMIN, "a", NOW, null);
    mc.take(MicroCredentialAction.PICK_UP, ENDORSER, "e", NOW, null);
    assertEquals("e", mc.getReviewer());
    mc.take(MicroCredentialAction.REQUEST_CHANGES, ENDORSER, "e", NOW, "see comments");
    assertEquals("see comments", mc.getStatusReason());
    mc.take(MicroCredentialAction.SUBMIT, ADMIN, "a", NOW, null);
    assertEquals(2, mc.getSubmittedVersions());
    assertEquals(MicroCredentialStatus.SUBMITTED, mc.getStatus());
  }

  @Test
  @DisplayName("an endorsement is current up to and including its review date")
  void currentUntilReviewDate() {
    MicroCredential mc = endorsedUntil(LocalDate.of(2027, 6, 30));
    assertTrue(mc.isCurrent(LocalDate.of(2027, 6, 30)));
    assertFalse(mc.isCurrent(LocalDate.of(2027, 7, 1)));
  }

  @Test
  @DisplayName("expiry retires an endorsed micro-credential and says why; nothing else expires")
  void expiry() {
    MicroCredential mc = endorsedUntil(LocalDate.of(2027, 6, 30));
    mc.expire(NOW);
    assertEquals(MicroCredentialStatus.RETIRED, mc.getStatus());
    assertEquals("The endorsement reached its review date 2027-06-30.", mc.getStatusReason());
    assertThrows(WorkflowException.class, () -> mc.expire(NOW));
  }

  @Test
  @DisplayName("the submitted version keeps its content when the draft changes")
  void versionIsACopy() {
    MicroCredential mc =
        new MicroCredential("id", "provider", "Provider", Samples.infectionControl(), "a", NOW);
    MicroCredentialVersion v1 = new MicroCredentialVersion("v", "id", 1, mc.getContent(), "a", NOW);
    mc.edit(mc.getContent().copy().hours(40), "a", NOW);
    assertEquals(12, v1.getContent().getHours());
    assertEquals(40, mc.getContent().getHours());
  }
}
