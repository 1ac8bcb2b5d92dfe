package org.skillfund.credential;

import java.io.Serializable;
import org.skillfund.provider.CetModel;

/**
 * The public catalogue's filters; null means any.
 *
 * @param text words in the title or description
 * @param industry the industry, exactly
 * @param minHours at least this many hours
 * @param maxHours at most this many hours
 * @param deliveryMode how it is delivered
 * @param maxPriceCents at most this price
 * @param creditTowards gives credit towards this qualification or skill set code
 * @param cetModel the CET delivery model
 */
public record CatalogueFilter(
    String text,
    String industry,
    Integer minHours,
    Integer maxHours,
    DeliveryMode deliveryMode,
    Long maxPriceCents,
    String creditTowards,
    CetModel cetModel)
    implements Serializable {

  public static CatalogueFilter any() {
    return new CatalogueFilter(null, null, null, null, null, null, null, null);
  }
}
