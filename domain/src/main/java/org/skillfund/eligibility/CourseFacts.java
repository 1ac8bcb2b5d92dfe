package org.skillfund.eligibility;

import java.util.Objects;
import java.util.Set;
import org.skillfund.catalog.ProductType;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.shared.AustralianState;

/**
 * What the rules need to know about the course, taken from the catalogue.
 *
 * @param code national code
 * @param title official title
 * @param type kind of training product
 * @param aqfLevel AQF level, null for skill sets and units
 * @param industryArea area of skills need (e.g. "Aged care")
 * @param jobTrainerPriorityStates states whose JobTrainer priority list includes it
 */
public record CourseFacts(
    String code,
    String title,
    ProductType type,
    Integer aqfLevel,
    String industryArea,
    Set<AustralianState> jobTrainerPriorityStates) {

  public CourseFacts {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    jobTrainerPriorityStates = Set.copyOf(jobTrainerPriorityStates);
  }

  public static CourseFacts of(TrainingProduct product) {
    return new CourseFacts(
        product.getCode(),
        product.getTitle(),
        product.getType(),
        product.getAqfLevel(),
        product.getIndustryArea(),
        product.getJobTrainerPriorityStates());
  }

  /** Qualifications and accredited courses are awards; skill sets and units are not. */
  public boolean isQualification() {
    return type.hasAqfLevel();
  }
}
