package org.skillfund.catalog;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.skillfund.shared.AustralianState;

/**
 * One product with its supersession both ways and where it is a JobTrainer priority.
 *
 * @param code national code
 * @param title official title
 * @param type kind of product
 * @param aqfLevel AQF level, null for skill sets and units
 * @param status release status
 * @param supersededBy the successor's code, when superseded
 * @param supersedes the codes of the products this one replaced
 * @param industryArea area of skills need
 * @param jobTrainerPriorityStates states whose JobTrainer priority list includes it
 */
@JsonbNillable
@JsonbPropertyOrder({
  "code",
  "title",
  "type",
  "aqfLevel",
  "status",
  "supersededBy",
  "supersedes",
  "industryArea",
  "jobTrainerPriorityStates"
})
public record ProductDetail(
    String code,
    String title,
    ProductType type,
    Integer aqfLevel,
    ProductStatus status,
    String supersededBy,
    List<String> supersedes,
    String industryArea,
    List<AustralianState> jobTrainerPriorityStates) {

  static ProductDetail of(TrainingProduct p, List<TrainingProduct> supersedes) {
    return new ProductDetail(
        p.getCode(),
        p.getTitle(),
        p.getType(),
        p.getAqfLevel(),
        p.getStatus(),
        p.getSupersededBy(),
        supersedes.stream().map(TrainingProduct::getCode).toList(),
        p.getIndustryArea(),
        p.getJobTrainerPriorityStates().stream().sorted().toList());
  }
}
