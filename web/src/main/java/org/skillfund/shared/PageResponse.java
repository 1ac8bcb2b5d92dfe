package org.skillfund.shared;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * One page of a list as the API returns it.
 *
 * @param items the items on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many items the whole list has
 */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record PageResponse<T>(List<T> items, int page, int size, long total) {

  public static <T> PageResponse<T> of(Page<T> page) {
    return new PageResponse<>(page.items(), page.page(), page.size(), page.total());
  }
}
