package org.skillfund.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the outbox tries a mail again after a failed attempt. The first retry comes soon (5 s: an
 * SMTP server that was restarting is usually back), each wait is three times the one before, at
 * most an hour: 5 s, 15 s, 45 s, 2¼ min, 6¾ min, about 20 min, then 1 h. After {@value
 * #MAX_ATTEMPTS} failed attempts, about 3½ hours after the first, the mail is given up; a mail the
 * SMTP server refused for good (a malformed or unknown address) is given up at once.
 */
public final class MailRetryPolicy {

  public static final int MAX_ATTEMPTS = 10;
  static final Duration FIRST_DELAY = Duration.ofSeconds(5);
  static final Duration LONGEST_DELAY = Duration.ofHours(1);
  private static final int GROWTH = 3;

  private MailRetryPolicy() {}

  /** The wait after the {@code failedAttempts}-th failed attempt (1 for the first). */
  public static Duration delayAfter(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("failed attempts start at 1: " + failedAttempts);
    }
    Duration delay = FIRST_DELAY;
    for (int i = 1; i < failedAttempts && delay.compareTo(LONGEST_DELAY) < 0; i++) {
      delay = delay.multipliedBy(GROWTH);
    }
    return delay.compareTo(LONGEST_DELAY) < 0 ? delay : LONGEST_DELAY;
  }

  /**
   * When to try again after an attempt failed at {@code failedAt}, counting that attempt in {@code
   * failedAttempts}; empty when the mail is to be given up.
   *
   * @param permanent whether the failure will not go away by trying again (the address is refused)
   */
  public static Optional<Instant> nextAttempt(
      int failedAttempts, boolean permanent, Instant failedAt) {
    if (permanent || failedAttempts >= MAX_ATTEMPTS) {
      return Optional.empty();
    }
    return Optional.of(failedAt.plus(delayAfter(failedAttempts)));
  }
}
