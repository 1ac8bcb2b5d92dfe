package org.skillfund.catalog;

/** Release status of a training product on the national register. */
public enum ProductStatus {
  CURRENT("Current"),
  SUPERSEDED("Superseded"),
  DELETED("Deleted");

  private final String label;

  ProductStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
