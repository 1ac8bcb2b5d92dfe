package org.skillfund.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.skillfund.shared.AustralianState;

/**
 * A training product from the national register: a qualification, skill set, unit of competency or
 * accredited course, with its release status and, when superseded, its successor.
 */
@Entity
@Table(name = "training_product")
// Reference data, changed only by the register import: the one entity kept in the shared cache.
@Cacheable
public class TrainingProduct {

  /** National codes are upper-case letters and digits, e.g. CHC33021, HLTSS00064, 22510VIC. */
  public static final String CODE_PATTERN = "[A-Z0-9]{5,12}";

  @Id
  @Column(name = "code", length = 12)
  @NotNull
  @Pattern(regexp = CODE_PATTERN, message = "{skillfund.catalog.code.pattern}")
  private String code;

  @Column(name = "title", nullable = false, length = 200)
  @NotBlank
  @Size(max = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "product_type", nullable = false, length = 20)
  @NotNull
  private ProductType type;

  @Column(name = "aqf_level")
  @Min(AqfLevel.MIN)
  @Max(AqfLevel.MAX)
  private Integer aqfLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  @NotNull
  private ProductStatus status;

  @Column(name = "superseded_by", length = 12)
  @Pattern(regexp = CODE_PATTERN, message = "{skillfund.catalog.code.pattern}")
  private String supersededBy;

  @Column(name = "industry_area", nullable = false, length = 80)
  @NotBlank
  @Size(max = 80)
  private String industryArea;

  // Lazy: a search lists 20 products and needs none of their states (one query each if eager).
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "training_product_priority",
      joinColumns = @JoinColumn(name = "product_code"))
  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 3)
  private Set<AustralianState> jobTrainerPriorityStates = EnumSet.noneOf(AustralianState.class);

  protected TrainingProduct() {}

  public TrainingProduct(
      String code,
      String title,
      ProductType type,
      Integer aqfLevel,
      ProductStatus status,
      String supersededBy,
      String industryArea,
      Set<AustralianState> jobTrainerPriorityStates) {
    this.code = code;
    this.title = title;
    this.type = type;
    this.aqfLevel = aqfLevel;
    this.status = status;
    this.supersededBy = supersededBy;
    this.industryArea = industryArea;
    this.jobTrainerPriorityStates =
        jobTrainerPriorityStates.isEmpty()
            ? EnumSet.noneOf(AustralianState.class)
            : EnumSet.copyOf(jobTrainerPriorityStates);
  }

  @AssertTrue(message = "{skillfund.catalog.aqfLevel.type}")
  public boolean isAqfLevelConsistentWithType() {
    return type == null || type.hasAqfLevel() == (aqfLevel != null);
  }

  @AssertTrue(message = "{skillfund.catalog.supersededBy.status}")
  public boolean isSuccessorConsistentWithStatus() {
    if (status == null) {
      return true;
    }
    boolean named = supersededBy != null;
    boolean selfReference = named && supersededBy.equals(code);
    return !selfReference && (status == ProductStatus.SUPERSEDED) == named;
  }

  /** Whether a provider may still enrol learners into this product. */
  public boolean isCurrent() {
    return status == ProductStatus.CURRENT;
  }

  /** Whether the product is on the JobTrainer priority list of the given state. */
  public boolean isJobTrainerPriorityIn(AustralianState state) {
    return jobTrainerPriorityStates.contains(state);
  }

  /** Copies the register's details of another release of the same product into this one. */
  public boolean updateFrom(TrainingProduct release) {
    if (!code.equals(release.code)) {
      throw new IllegalArgumentException("cannot update " + code + " from " + release.code);
    }
    boolean changed =
        !(Objects.equals(title, release.title)
            && type == release.type
            && Objects.equals(aqfLevel, release.aqfLevel)
            && status == release.status
            && Objects.equals(supersededBy, release.supersededBy)
            && Objects.equals(industryArea, release.industryArea)
            && jobTrainerPriorityStates.equals(release.jobTrainerPriorityStates));
    title = release.title;
    type = release.type;
    aqfLevel = release.aqfLevel;
    status = release.status;
    supersededBy = release.supersededBy;
    industryArea = release.industryArea;
    jobTrainerPriorityStates.clear();
    jobTrainerPriorityStates.addAll(release.jobTrainerPriorityStates);
    return changed;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public ProductType getType() {
    return type;
  }

  public Integer getAqfLevel() {
    return aqfLevel;
  }

  public ProductStatus getStatus() {
    return status;
  }

  public String getSupersededBy() {
    return supersededBy;
  }

  public String getIndustryArea() {
    return industryArea;
  }

  public Set<AustralianState> getJobTrainerPriorityStates() {
    return Collections.unmodifiableSet(jobTrainerPriorityStates);
  }
}
