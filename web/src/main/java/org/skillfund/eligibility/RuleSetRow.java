package org.skillfund.eligibility;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One rule-set version as the rule-set pages show it.
 *
 * @param version label, e.g. JOBTRAINER-2020.1
 * @param programCode the program whose rules read it
 * @param status draft or published
 * @param effectiveFrom first day in force (proposed, for a draft)
 * @param lastDayInForce the last day it decides checks, or null while open-ended
 * @param createdBy who drafted it
 * @param publishedBy who published it, or null for a draft
 * @param publishedAt when it was published, in UTC to the minute, or null for a draft
 */
public record RuleSetRow(
    String version,
    String programCode,
    RuleSetStatus status,
    LocalDate effectiveFrom,
    LocalDate lastDayInForce,
    String createdBy,
    String publishedBy,
    String publishedAt)
    implements Serializable {

  private static final DateTimeFormatter PUBLISHED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /**
   * Rows for {@code versions}, in their order. A published version stops deciding checks where the
   * next published version of its program starts, so that is where its period is shown to end.
   */
  public static List<RuleSetRow> of(List<RuleSet> versions) {
    return versions.stream().map(r -> of(r, versions)).toList();
  }

  private static RuleSetRow of(RuleSet ruleSet, List<RuleSet> versions) {
    LocalDate end = ruleSet.getEffectiveTo();
    if (ruleSet.getStatus() == RuleSetStatus.PUBLISHED) {
      Optional<LocalDate> nextStart =
          versions.stream()
              .filter(
                  r ->
                      r.getStatus() == RuleSetStatus.PUBLISHED
                          && r.getProgramCode().equals(ruleSet.getProgramCode())
                          && r.getEffectiveFrom().isAfter(ruleSet.getEffectiveFrom()))
              .map(RuleSet::getEffectiveFrom)
              .min(Comparator.naturalOrder());
      if (nextStart.isPresent() && (end == null || nextStart.get().isBefore(end))) {
        end = nextStart.get();
      }
    }
    return new RuleSetRow(
        ruleSet.getVersion(),
        ruleSet.getProgramCode(),
        ruleSet.getStatus(),
        ruleSet.getEffectiveFrom(),
        end == null ? null : end.minusDays(1),
        ruleSet.getCreatedBy(),
        ruleSet.getPublishedBy(),
        ruleSet.getPublishedAt() == null ? null : PUBLISHED_AT.format(ruleSet.getPublishedAt()));
  }

  public boolean isDraft() {
    return status == RuleSetStatus.DRAFT;
  }

  public boolean isPublished() {
    return status == RuleSetStatus.PUBLISHED;
  }
}
