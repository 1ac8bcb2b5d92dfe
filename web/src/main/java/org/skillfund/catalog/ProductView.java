package org.skillfund.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One product's detail page, with what superseded it and what it superseded. */
@Named
@ViewScoped
public class ProductView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CatalogService catalog;

  private String code;
  private TrainingProduct product;
  private TrainingProduct successor;
  private List<TrainingProduct> supersedes = List.of();

  /** Loads the product named in the URL; an unknown code answers 404. */
  public void load() throws IOException {
    Optional<TrainingProduct> found =
        code == null || code.isBlank()
            ? Optional.empty()
            : catalog.find(code.strip().toUpperCase(Locale.ROOT));
    if (found.isEmpty()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "No training product has this code");
      faces.responseComplete();
      return;
    }
    product = found.get();
    successor =
        product.getSupersededBy() == null
            ? null
            : catalog.find(product.getSupersededBy()).orElse(null);
    supersedes = catalog.supersededBy(product.getCode());
  }

  public String aqfName(Integer level) {
    return level == null ? "" : AqfLevel.nameOf(level);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public TrainingProduct getProduct() {
    return product;
  }

  public TrainingProduct getSuccessor() {
    return successor;
  }

  public List<TrainingProduct> getSupersedes() {
    return supersedes;
  }
}
