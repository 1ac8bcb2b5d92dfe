package org.skillfund.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model over a paged service method: each page the table shows is one call
 * with the view's current filters, which the {@code pages} function reads.
 */
public class PagedLazyModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  private final SerializablePages<T> pages;
  private final SerializableKey<T> rowKey;

  /** Reads one page; serializable because view-scoped beans are. */
  @FunctionalInterface
  public interface SerializablePages<T>
      extends Function<PageRequest, Page<T>>, java.io.Serializable {}

  /** A row's key, for selection. */
  @FunctionalInterface
  public interface SerializableKey<T> extends Function<T, String>, java.io.Serializable {}

  public PagedLazyModel(SerializablePages<T> pages, SerializableKey<T> rowKey) {
    this.pages = pages;
    this.rowKey = rowKey;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) pages.apply(new PageRequest(0, 1)).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
    Page<T> page = pages.apply(new PageRequest(first / size, size));
    setRowCount((int) page.total());
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return rowKey.apply(row);
  }

  @Override
  public T getRowData(String key) {
    return getWrappedData() == null
        ? null
        : getWrappedData().stream()
            .filter(row -> key.equals(getRowKey(row)))
            .findFirst()
            .orElse(null);
  }
}
