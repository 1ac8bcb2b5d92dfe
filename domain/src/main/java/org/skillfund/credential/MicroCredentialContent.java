package org.skillfund.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.skillfund.provider.CetModel;
import org.skillfund.provider.WorkBasedFormat;

/**
 * What a provider says about a micro-credential (REFERENCE.md, "Micro-credentials"): the live draft
 * and every submitted version hold one of these, so a resubmission can be compared with the last.
 * Lists are stored one item a line (outcomes) or comma-separated (product codes).
 */
@Embeddable
public class MicroCredentialContent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "title", length = 200)
  private String title;

  @Column(name = "description", length = 4000)
  private String description;

  @Column(name = "learning_outcomes", length = 4000)
  private String learningOutcomes;

  @Column(name = "hours")
  private Integer hours;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_mode", length = 20)
  private DeliveryMode deliveryMode;

  @Enumerated(EnumType.STRING)
  @Column(name = "cet_model", length = 30)
  private CetModel cetModel;

  @Enumerated(EnumType.STRING)
  @Column(name = "work_based_format", length = 20)
  private WorkBasedFormat workBasedFormat;

  @Column(name = "assessment", length = 2000)
  private String assessment;

  @Column(name = "industry", length = 100)
  private String industry;

  @Column(name = "industry_endorsement", length = 2000)
  private String industryEndorsement;

  @Column(name = "price_cents")
  private Long priceCents;

  @Column(name = "units", length = 1000)
  private String units;

  @Column(name = "credit_towards", length = 500)
  private String creditTowards;

  @Column(name = "stacking", length = 2000)
  private String stacking;

  @Column(name = "qa_statement", length = 2000)
  private String qaStatement;

  @Column(name = "review_date")
  private LocalDate reviewDate;

  public MicroCredentialContent() {}

  /** A copy, so a submitted version never changes with the live draft. */
  public MicroCredentialContent copy() {
    MicroCredentialContent c = new MicroCredentialContent();
    c.title = title;
    c.description = description;
    c.learningOutcomes = learningOutcomes;
    c.hours = hours;
    c.deliveryMode = deliveryMode;
    c.cetModel = cetModel;
    c.workBasedFormat = workBasedFormat;
    c.assessment = assessment;
    c.industry = industry;
    c.industryEndorsement = industryEndorsement;
    c.priceCents = priceCents;
    c.units = units;
    c.creditTowards = creditTowards;
    c.stacking = stacking;
    c.qaStatement = qaStatement;
    c.reviewDate = reviewDate;
    return c;
  }

  /** Each section's words, in the order the review reads them, for comparing two versions. */
  public Map<ReviewSection, String> sections() {
    Map<ReviewSection, String> s = new LinkedHashMap<>();
    s.put(ReviewSection.OVERVIEW, join(title, description));
    s.put(ReviewSection.LEARNING_OUTCOMES, text(learningOutcomes));
    s.put(ReviewSection.VOLUME, hours == null ? "" : hours + " hours");
    s.put(
        ReviewSection.DELIVERY,
        join(
            deliveryMode == null ? null : deliveryMode.words(),
            cetModel == null ? null : cetModel.words(),
            workBasedFormat == null ? null : workBasedFormat.words()));
    s.put(ReviewSection.ASSESSMENT, text(assessment));
    s.put(ReviewSection.INDUSTRY, join(industry, industryEndorsement));
    s.put(ReviewSection.PRICE, priceCents == null ? "" : dollars(priceCents));
    s.put(
        ReviewSection.AQF_ALIGNMENT,
        join(
            units == null || units.isBlank() ? null : "Units: " + units,
            creditTowards == null || creditTowards.isBlank()
                ? null
                : "Credit towards: " + creditTowards));
    s.put(ReviewSection.STACKING, text(stacking));
    s.put(ReviewSection.QUALITY_ASSURANCE, join(qaStatement, reviewDateWords()));
    return s;
  }

  /** What changed from {@code before} to this content, section by section. */
  public List<SectionChange> changesSince(MicroCredentialContent before) {
    List<SectionChange> changes = new ArrayList<>();
    Map<ReviewSection, String> old = before.sections();
    sections()
        .forEach(
            (section, now) -> {
              if (!Objects.equals(old.get(section), now)) {
                changes.add(new SectionChange(section, old.get(section), now));
              }
            });
    return changes;
  }

  /**
   * One section that differs between two versions.
   *
   * @param section which section
   * @param before its words in the earlier version
   * @param after its words now
   */
  public record SectionChange(ReviewSection section, String before, String after)
      implements Serializable {}

  /** The credit pathway in words: "Counts towards CHC33021: units HLTINF006", one a line. */
  public List<String> creditPathway() {
    return getCreditTowards().stream()
        .map(q -> "Counts towards " + q + ": units " + String.join(", ", getUnits()))
        .toList();
  }

  public static String dollars(long cents) {
    return String.format(Locale.ROOT, "$%d.%02d", cents / 100, cents % 100);
  }

  private String reviewDateWords() {
    return reviewDate == null ? null : "Review by " + reviewDate;
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }

  private static String join(String... parts) {
    return String.join(
        "\n",
        Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip).toList());
  }

  static List<String> lines(String s) {
    return s == null ? List.of() : s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  static List<String> codes(String s) {
    return s == null
        ? List.of()
        : Arrays.stream(s.split("[,\\s]+"))
            .map(c -> c.strip().toUpperCase(Locale.ROOT))
            .filter(c -> !c.isEmpty())
            .distinct()
            .toList();
  }

  // --- fluent setters used by services and tests ----------------------------------------------

  public MicroCredentialContent title(String v) {
    title = v;
    return this;
  }

  public MicroCredentialContent description(String v) {
    description = v;
    return this;
  }

  public MicroCredentialContent learningOutcomes(List<String> v) {
    learningOutcomes = v == null ? null : String.join("\n", v.stream().map(String::strip).toList());
    return this;
  }

  public MicroCredentialContent hours(Integer v) {
    hours = v;
    return this;
  }

  public MicroCredentialContent deliveryMode(DeliveryMode v) {
    deliveryMode = v;
    return this;
  }

  public MicroCredentialContent cetModel(CetModel v) {
    cetModel = v;
    return this;
  }

  public MicroCredentialContent workBasedFormat(WorkBasedFormat v) {
    workBasedFormat = v;
    return this;
  }

  public MicroCredentialContent assessment(String v) {
    assessment = v;
    return this;
  }

  public MicroCredentialContent industry(String v) {
    industry = v;
    return this;
  }

  public MicroCredentialContent industryEndorsement(String v) {
    industryEndorsement = v;
    return this;
  }

  public MicroCredentialContent priceCents(Long v) {
    priceCents = v;
    return this;
  }

  public MicroCredentialContent units(List<String> v) {
    units = v == null || v.isEmpty() ? null : String.join(",", codes(String.join(",", v)));
    return this;
  }

  public MicroCredentialContent creditTowards(List<String> v) {
    creditTowards = v == null || v.isEmpty() ? null : String.join(",", codes(String.join(",", v)));
    return this;
  }

  public MicroCredentialContent stacking(String v) {
    stacking = v;
    return this;
  }

  public MicroCredentialContent qaStatement(String v) {
    qaStatement = v;
    return this;
  }

  public MicroCredentialContent reviewDate(LocalDate v) {
    reviewDate = v;
    return this;
  }

  // --- getters ---------------------------------------------------------------------------------

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public List<String> getLearningOutcomes() {
    return lines(learningOutcomes);
  }

  public Integer getHours() {
    return hours;
  }

  public DeliveryMode getDeliveryMode() {
    return deliveryMode;
  }

  public CetModel getCetModel() {
    return cetModel;
  }

  public WorkBasedFormat getWorkBasedFormat() {
    return workBasedFormat;
  }

  public String getAssessment() {
    return assessment;
  }

  public String getIndustry() {
    return industry;
  }

  public String getIndustryEndorsement() {
    return industryEndorsement;
  }

  public Long getPriceCents() {
    return priceCents;
  }

  public List<String> getUnits() {
    return codes(units);
  }

  public List<String> getCreditTowards() {
    return codes(creditTowards);
  }

  public String getStacking() {
    return stacking;
  }

  public String getQaStatement() {
    return qaStatement;
  }

  public LocalDate getReviewDate() {
    return reviewDate;
  }
}
