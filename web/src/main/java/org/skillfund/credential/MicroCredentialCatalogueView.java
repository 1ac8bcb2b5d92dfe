package org.skillfund.credential;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.skillfund.provider.CetModel;
import org.skillfund.shared.PagedLazyModel;

/** The public micro-credential catalogue: endorsed, current items with filters. */
@Named
@ViewScoped
public class MicroCredentialCatalogueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MicroCredentialService microCredentials;

  private String text;
  private String industry;
  private Integer maxHours;
  private DeliveryMode deliveryMode;
  private BigDecimal maxPrice;
  private String creditTowards;
  private CetModel cetModel;

  private final LazyDataModel<MicroCredential> items =
      new PagedLazyModel<>(
          request -> microCredentials.catalogue(filter(), request), MicroCredential::getId);

  private CatalogueFilter filter() {
    return new CatalogueFilter(
        text,
        industry,
        null,
        maxHours,
        deliveryMode,
        maxPrice == null ? null : maxPrice.movePointRight(2).longValue(),
        creditTowards,
        cetModel);
  }

  /** Clears every filter. */
  public void reset() {
    text = null;
    industry = null;
    maxHours = null;
    deliveryMode = null;
    maxPrice = null;
    creditTowards = null;
    cetModel = null;
  }

  public String price(Long cents) {
    return cents == null ? "" : MicroCredentialContent.dollars(cents);
  }

  public LazyDataModel<MicroCredential> getItems() {
    return items;
  }

  public List<String> getIndustries() {
    return microCredentials.industries();
  }

  public DeliveryMode[] getDeliveryModes() {
    return DeliveryMode.values();
  }

  public CetModel[] getCetModels() {
    return CetModel.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public Integer getMaxHours() {
    return maxHours;
  }

  public void setMaxHours(Integer maxHours) {
    this.maxHours = maxHours;
  }

  public DeliveryMode getDeliveryMode() {
    return deliveryMode;
  }

  public void setDeliveryMode(DeliveryMode deliveryMode) {
    this.deliveryMode = deliveryMode;
  }

  public BigDecimal getMaxPrice() {
    return maxPrice;
  }

  public void setMaxPrice(BigDecimal maxPrice) {
    this.maxPrice = maxPrice;
  }

  public String getCreditTowards() {
    return creditTowards;
  }

  public void setCreditTowards(String creditTowards) {
    this.creditTowards = creditTowards;
  }

  public CetModel getCetModel() {
    return cetModel;
  }

  public void setCetModel(CetModel cetModel) {
    this.cetModel = cetModel;
  }
}
