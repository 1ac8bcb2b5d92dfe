package org.skillfund.catalog;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A catalogue entry in a search result.
 *
 * @param code national code, e.g. CHC33021
 * @param title official title
 * @param type QUALIFICATION, SKILL_SET, UNIT or ACCREDITED_COURSE
 * @param aqfLevel AQF level 1 to 10, null for skill sets and units
 * @param status CURRENT, SUPERSEDED or DELETED
 * @param supersededBy the successor's code when superseded, else null
 */
@JsonbNillable
@JsonbPropertyOrder({"code", "title", "type", "aqfLevel", "status", "supersededBy"})
public record ProductSummary(
    String code,
    String title,
    ProductType type,
    Integer aqfLevel,
    ProductStatus status,
    String supersededBy) {

  static ProductSummary of(TrainingProduct p) {
    return new ProductSummary(
        p.getCode(),
        p.getTitle(),
        p.getType(),
        p.getAqfLevel(),
        p.getStatus(),
        p.getSupersededBy());
  }
}
