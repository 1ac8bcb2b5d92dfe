package org.skillfund.eligibility;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON the rule-set API reads and writes. Requests are read as text, checked by the resource.
 */
public final class RuleSetJson {

  private RuleSetJson() {}

  /**
   * A new draft.
   *
   * @param programCode JOBTRAINER or STATE_ENTITLEMENT
   * @param basedOn the version whose parameters it starts from
   * @param version its label, e.g. JOBTRAINER-2022.1
   * @param effectiveFrom ISO date it would be in force from once published
   * @param reason why, for the audit trail
   */
  @Schema(name = "RuleSetDraftRequest")
  public record DraftRequest(
      String programCode, String basedOn, String version, String effectiveFrom, String reason) {}

  /**
   * A new value for one parameter of a draft.
   *
   * @param value the value as text (number, ISO date or comma-separated list)
   * @param source the guideline and clause that sets it
   * @param reason why, for the audit trail
   */
  @Schema(name = "RuleParameterChange")
  public record ParameterChange(String value, String source, String reason) {}

  /**
   * A reason for a publication or discard.
   *
   * @param reason why, for the audit trail
   */
  @Schema(name = "RuleSetDecision")
  public record Reason(String reason) {}

  /**
   * One parameter.
   *
   * @param name e.g. age.max
   * @param value its value as text
   * @param source guideline and clause
   * @param kind what values it takes
   */
  @JsonbPropertyOrder({"name", "value", "source", "kind"})
  public record ParameterView(String name, String value, String source, String kind) {}

  /**
   * A rule-set version.
   *
   * @param version label
   * @param programCode program
   * @param status DRAFT or PUBLISHED
   * @param effectiveFrom first day in force
   * @param effectiveTo first day no longer in force, absent while open-ended
   * @param createdBy who drafted it
   * @param publishedBy who published it
   * @param publishedAt when
   * @param parameters its values (only on the single-version answer)
   */
  @Schema(name = "RuleSet")
  @JsonbPropertyOrder({
    "version",
    "programCode",
    "status",
    "effectiveFrom",
    "effectiveTo",
    "createdBy",
    "publishedBy",
    "publishedAt",
    "parameters"
  })
  public record RuleSetResponse(
      String version,
      String programCode,
      String status,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      String createdBy,
      String publishedBy,
      Instant publishedAt,
      List<ParameterView> parameters) {

    static RuleSetResponse summary(RuleSet r) {
      return of(r, null);
    }

    static RuleSetResponse full(RuleSet r) {
      Map<String, ParameterKind> kinds = r.program().parameterKinds();
      return of(
          r,
          r.parameters().asMap().values().stream()
              .map(
                  p ->
                      new ParameterView(
                          p.name(),
                          p.value(),
                          p.source(),
                          kinds.containsKey(p.name()) ? kinds.get(p.name()).description() : null))
              .toList());
    }

    private static RuleSetResponse of(RuleSet r, List<ParameterView> parameters) {
      return new RuleSetResponse(
          r.getVersion(),
          r.getProgramCode(),
          r.getStatus().name(),
          r.getEffectiveFrom(),
          r.getEffectiveTo(),
          r.getCreatedBy(),
          r.getPublishedBy(),
          r.getPublishedAt(),
          parameters);
    }
  }

  /**
   * A what-if run.
   *
   * @param version the version run
   * @param scope PERIOD (checks whose course starts in the version's period) or ALL
   * @param millis server time taken
   * @param evaluated checks evaluated
   * @param gained were not eligible, would be
   * @param lost were eligible, would not be
   * @param keptEligible eligible both times
   * @param keptIneligible not eligible both times
   * @param byState counts per state
   * @param byCourse counts per course
   * @param changed the first changed cases, oldest course start first
   */
  @Schema(name = "WhatIfReport")
  @JsonbPropertyOrder({
    "version",
    "scope",
    "millis",
    "evaluated",
    "gained",
    "lost",
    "keptEligible",
    "keptIneligible",
    "byState",
    "byCourse",
    "changed"
  })
  public record WhatIfResponse(
      String version,
      String scope,
      long millis,
      long evaluated,
      long gained,
      long lost,
      long keptEligible,
      long keptIneligible,
      Map<String, WhatIf.Counts> byState,
      Map<String, WhatIf.Counts> byCourse,
      List<WhatIf.ChangedCase> changed) {

    static WhatIfResponse of(WhatIf.Report r, String scope, long millis) {
      Map<String, WhatIf.Counts> byState = new java.util.LinkedHashMap<>();
      r.byState().forEach((state, counts) -> byState.put(state.name(), counts));
      WhatIf.Counts t = r.total();
      return new WhatIfResponse(
          r.version(),
          scope,
          millis,
          r.evaluated(),
          t.gained(),
          t.lost(),
          t.keptEligible(),
          t.keptIneligible(),
          byState,
          r.byCourse(),
          r.changed());
    }
  }

  /**
   * A funded start to record in the ledger.
   *
   * @param programCode JOBTRAINER or STATE_ENTITLEMENT
   * @param courseCode national code
   * @param startDate ISO date
   * @param endDate ISO date, absent while still going
   * @param reason where the start is known from
   */
  @Schema(name = "FundedStartRequest")
  public record StartRequest(
      String programCode, String courseCode, String startDate, String endDate, String reason) {}

  /**
   * A funded start in the ledger.
   *
   * @param id entry id
   * @param usi the learner
   * @param programCode program
   * @param courseCode course
   * @param qualification whether it is a qualification
   * @param aqfLevel AQF level, absent for skill sets
   * @param startDate start
   * @param endDate end, absent while going
   */
  @Schema(name = "FundedStart")
  public record StartResponse(
      String id,
      String usi,
      String programCode,
      String courseCode,
      boolean qualification,
      Integer aqfLevel,
      LocalDate startDate,
      LocalDate endDate) {

    static StartResponse of(LedgerEntry e) {
      return new StartResponse(
          e.getId(),
          e.getUsi(),
          e.getProgramCode(),
          e.getCourseCode(),
          e.isQualification(),
          e.getAqfLevel(),
          e.getStartDate(),
          e.getEndDate());
    }
  }

  /**
   * How many synthetic checks to generate.
   *
   * @param count 1 to 1,000,000
   * @param seed the same seed gives the same learners
   */
  @Schema(name = "SyntheticChecksRequest")
  public record SyntheticRequest(Long count, Long seed) {}
}
