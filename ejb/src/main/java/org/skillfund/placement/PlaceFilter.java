package org.skillfund.placement;

import java.util.Set;

/**
 * Which place applications to list; null or empty parts do not filter.
 *
 * @param statuses any of these states
 * @param programCode under this program
 * @param providerId of this provider (department staff only; provider users see only their own)
 */
public record PlaceFilter(
    Set<PlaceApplicationStatus> statuses, String programCode, String providerId) {}
