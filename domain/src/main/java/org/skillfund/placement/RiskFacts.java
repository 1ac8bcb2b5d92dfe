package org.skillfund.placement;

import java.util.EnumSet;
import java.util.Set;

/**
 * What is known about a provider and a request when it is submitted, and the risk flags it raises.
 *
 * @param everSuspended the provider was suspended at some time
 * @param placesCommenced places of the provider's allocations learners have started
 * @param placesCompleted of those, places completed
 * @param supersededCourse a requested course is superseded in the catalogue
 * @param placesRequested places in this application
 * @param mostPlacesAllocatedBefore the largest allocation (in places) of any earlier application
 * @param learnersSharedWithOthers learners of this provider who hold funded starts elsewhere
 */
public record RiskFacts(
    boolean everSuspended,
    long placesCommenced,
    long placesCompleted,
    boolean supersededCourse,
    long placesRequested,
    long mostPlacesAllocatedBefore,
    long learnersSharedWithOthers) {

  /** With no history, a first request above this many places is unusually high. */
  static final long FIRST_REQUEST_THRESHOLD = 500;

  /** Completion rates are judged only once this many places have commenced. */
  static final long MIN_COMMENCED_FOR_RATE = 20;

  public Set<RiskFlag> flags() {
    Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
    if (everSuspended) {
      flags.add(RiskFlag.PREVIOUSLY_SUSPENDED);
    }
    if (placesCommenced >= MIN_COMMENCED_FOR_RATE && placesCompleted * 2 < placesCommenced) {
      flags.add(RiskFlag.LOW_COMPLETION_RATE);
    }
    if (supersededCourse) {
      flags.add(RiskFlag.COURSE_SUPERSEDED);
    }
    long threshold =
        mostPlacesAllocatedBefore == 0 ? FIRST_REQUEST_THRESHOLD : 2 * mostPlacesAllocatedBefore;
    if (placesRequested > threshold) {
      flags.add(RiskFlag.UNUSUALLY_HIGH_REQUEST);
    }
    if (learnersSharedWithOthers > 0) {
      flags.add(RiskFlag.SHARED_LEARNERS);
    }
    return flags;
  }
}
