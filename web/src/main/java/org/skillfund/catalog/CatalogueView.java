package org.skillfund.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.LazyDataModel;
import org.skillfund.shared.PagedLazyModel;

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

  private final LazyDataModel<TrainingProduct> products =
      new PagedLazyModel<>(request -> catalog.search(query(), request), TrainingProduct::getCode);

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
    return IntStream.rangeClosed(1, 6).boxed().toList();
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
