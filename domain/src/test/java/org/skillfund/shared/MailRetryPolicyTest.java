package org.skillfund.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailRetryPolicyTest {

  private static final Instant FAILED_AT = Instant.parse("2026-03-02T09:00:00Z");

  @ParameterizedTest(name = "after failed attempt {0} the outbox waits {1}")
  @CsvSource({
    "1, PT5S",
    "2, PT15S",
    "3, PT45S",
    "4, PT2M15S",
    "5, PT6M45S",
    "6, PT20M15S",
    "7, PT1H",
    "8, PT1H",
    "9, PT1H",
    "1000, PT1H"
  })
  @DisplayName("the wait starts at 5 s and triples, at most an hour")
  void delays(int failedAttempts, Duration expected) {
    assertEquals(expected, MailRetryPolicy.delayAfter(failedAttempts));
  }

  @Test
  @DisplayName("the wait never shrinks from one attempt to the next")
  void delaysGrow() {
    IntStream.range(1, 40)
        .forEach(
            n ->
                assertTrue(
                    MailRetryPolicy.delayAfter(n + 1).compareTo(MailRetryPolicy.delayAfter(n))
                        >= 0));
  }

  @Test
  @DisplayName("there is no wait before the first attempt to ask about")
  void attemptsStartAtOne() {
    assertThrows(IllegalArgumentException.class, () -> MailRetryPolicy.delayAfter(0));
  }

  @Test
  @DisplayName("a passing failure is tried again after the wait, up to the 9th failed attempt")
  void transientFailureIsRetried() {
    assertEquals(
        Optional.of(FAILED_AT.plusSeconds(5)), MailRetryPolicy.nextAttempt(1, false, FAILED_AT));
    assertEquals(
        Optional.of(FAILED_AT.plus(Duration.ofHours(1))),
        MailRetryPolicy.nextAttempt(9, false, FAILED_AT));
  }

  @Test
  @DisplayName("the 10th failed attempt is the last: the mail is given up")
  void givenUpAfterTenAttempts() {
    assertEquals(Optional.empty(), MailRetryPolicy.nextAttempt(10, false, FAILED_AT));
    assertEquals(Optional.empty(), MailRetryPolicy.nextAttempt(11, false, FAILED_AT));
  }

  @Test
  @DisplayName("an address refused for good is given up at the first attempt")
  void permanentFailureIsNotRetried() {
    assertEquals(Optional.empty(), MailRetryPolicy.nextAttempt(1, true, FAILED_AT));
  }

  @Test
  @DisplayName("all ten attempts together span about three and a half hours")
  void totalPatience() {
    Duration total =
        IntStream.range(1, MailRetryPolicy.MAX_ATTEMPTS)
            .mapToObj(MailRetryPolicy::delayAfter)
            .reduce(Duration.ZERO, Duration::plus);
    assertEquals(Duration.ofSeconds(12_620), total);
  }
}
