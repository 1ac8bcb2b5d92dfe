package org.skillfund.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.skillfund.shared.Page;
import org.skillfund.shared.PageRequest;

/** The catalogue page: search by code or title, filter by type, AQF level and status. */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CatalogService catalog;

  private String text;
  private ProductType type;
  private Integer aqfLevel;
  private ProductStatus status;

  private final LazyDataModel<TrainingProduct> products = new Products();

  /** Lazy rows: each page is one query with the current filters. */
  private final class Products extends LazyDataModel<TrainingProduct> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) catalog.search(query(), new PageRequest(0, 1)).total();
    }

    @Override
    public List<TrainingProduct> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
      Page<TrainingProduct> page = catalog.search(query(), new PageRequest(first / size, size));
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(TrainingProduct product) {
      return product.getCode();
    }

    @Override
    public TrainingProduct getRowData(String rowKey) {
      return catalog.find(rowKey).orElse(null);
    }
  }

  private ProductQuery query() {
    return new ProductQuery(text, type, aqfLevel, status);
  }

  /** Clears every filter. */
  public void reset() {
    text = null;
    type = null;
    aqfLevel = null;
    status = null;
  }

  public LazyDataModel<TrainingProduct> getProducts() {
    return products;
  }

  public ProductType[] getTypes() {
    return ProductType.values();
  }

  public ProductStatus[] getStatuses() {
    return ProductStatus.values();
  }

  public List<Integer> getAqfLevels() {
    return java.util.stream.IntStream.rangeClosed(1, 6).boxed().toList();
  }

  /** "Certificate III" for level 3. */
  public String aqfName(Integer level) {
    return level == null ? "" : AqfLevel.nameOf(level);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public ProductType getType() {
    return type;
  }

  public void setType(ProductType type) {
    this.type = type;
  }

  public Integer getAqfLevel() {
    return aqfLevel;
  }

  public void setAqfLevel(Integer aqfLevel) {
    this.aqfLevel = aqfLevel;
  }

  public ProductStatus getStatus() {
    return status;
  }

  public void setStatus(ProductStatus status) {
    this.status = status;
  }
}
