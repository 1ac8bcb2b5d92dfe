package org.skillfund.provider;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.skillfund.catalog.CatalogService;
import org.skillfund.catalog.ProductQuery;
import org.skillfund.catalog.ProductStatus;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.identity.CurrentUser;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.PageRequest;

/**
 * A provider's own page: where its registration stands and, while in draft, the application form
 * with its evidence, and the admin's submission. Provider users only ever see their own provider.
 */
@Named
@ViewScoped
public class ProviderView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** "products[2].cetModel" names row 2's delivery model. */
  private static final Pattern PRODUCT_FIELD = Pattern.compile("products\\[(\\d+)]\\.(\\w+)");

  private static final Map<String, String> DETAIL_LABELS =
      Map.of(
          "legalName", "provider.legalName",
          "abn", "provider.abn",
          "rtoCode", "provider.rtoCode",
          "contactName", "provider.contactName",
          "contactEmail", "provider.contactEmail",
          "contactPhone", "provider.contactPhone");

  /** A product row's field, its input in the row, and that input's label. */
  private static final Map<String, String[]> ROW_INPUTS =
      Map.of(
          "productCode", new String[] {"product", "provider.product.row"},
          "cetModel", new String[] {"cetModel", "provider.cetModel.row"},
          "workBasedFormat", new String[] {"format", "provider.format.row"});

  @EJB private ProviderService providers;
  @EJB private CatalogService catalog;
  @Inject private CurrentUser currentUser;

  private String providerId;

  // What the service said, read again after every change; not kept across a session's passivation.
  private transient ProviderSnapshot snapshot;
  private final Map<String, String> titles = new HashMap<>();

  // The draft as typed.
  private String legalName;
  private String abn;
  private String rtoCode;
  private String contactName;
  private String contactEmail;
  private String contactPhone;
  private AustralianState[] deliveryStates = {};
  private final List<ProductRow> products = new ArrayList<>();

  /**
   * Loads the caller's provider and fills the form with its current application version; an account
   * that belongs to no provider answers 404.
   */
  public void load() throws IOException {
    try {
      providerId = providers.mine().getId();
    } catch (NotFoundException none) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, none.getMessage());
      faces.responseComplete();
      return;
    }
    refresh();
    fillForm();
  }

  private void refresh() {
    snapshot = ProviderSnapshot.load(providers, providerId, currentUser);
  }

  private void fillForm() {
    ProviderApplication a = getApplication();
    legalName = a.getLegalName();
    abn = a.getAbn();
    rtoCode = a.getRtoCode();
    contactName = a.getContactName();
    contactEmail = a.getContactEmail();
    contactPhone = a.getContactPhone();
    deliveryStates = a.getDeliveryStates().stream().sorted().toArray(AustralianState[]::new);
    products.clear();
    for (AppliedProduct p : a.getProducts()) {
      ProductRow row = new ProductRow();
      row.setProduct(p.getProductCode() + " – " + titleOf(p.getProductCode()));
      row.setCetModel(p.getCetModel());
      row.setWorkBasedFormat(p.getWorkBasedFormat());
      products.add(row);
    }
    if (products.isEmpty()) {
      products.add(new ProductRow());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Draft
  // ---------------------------------------------------------------------------------------------

  /** Current catalogue products whose code or title contains the typed text, as "code – title". */
  public List<String> completeProduct(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return catalog
        .search(new ProductQuery(typed, null, null, ProductStatus.CURRENT), new PageRequest(0, 10))
        .items()
        .stream()
        .map(p -> p.getCode() + " – " + p.getTitle())
        .toList();
  }

  public void addProduct() {
    products.add(new ProductRow());
  }

  public void removeProduct(ProductRow row) {
    products.remove(row);
    if (products.isEmpty()) {
      products.add(new ProductRow());
    }
  }

  /** Saves the draft; the service names every field at fault. */
  public void saveDraft() {
    if (save()) {
      ProviderPages.info(ProviderPages.text("provider.saved"));
    }
  }

  /** Saves the draft, then submits it for assessment (PROVIDER_ADMIN); it is frozen from then. */
  public void submit() {
    if (save() && ProviderPages.attempt(() -> providers.submit(providerId), this::inputOf)) {
      refresh();
      ProviderPages.info(ProviderPages.text("provider.submitted"));
    }
  }

  private boolean save() {
    List<ApplicationDetails.ProductRequest> requests = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < products.size(); i++) {
      ProductRow row = products.get(i);
      if (row.isEmpty()) {
        continue;
      }
      String at = "provider:products:" + i + ":";
      if (row.code() == null) {
        ProviderPages.error(at + "product", ProviderPages.text("provider.product.missing"));
        complete = false;
      }
      if (row.getCetModel() == null) {
        ProviderPages.error(at + "cetModel", ProviderPages.text("provider.cetModel.missing"));
        complete = false;
      }
      requests.add(
          new ApplicationDetails.ProductRequest(
              row.code(), row.getCetModel(), row.isWorkBased() ? row.getWorkBasedFormat() : null));
    }
    if (!complete) {
      ProviderPages.error(null, ProviderPages.text("provider.form.problems"));
      FacesContext.getCurrentInstance().validationFailed();
      return false;
    }
    // Rows left empty are not sent, so the service's row numbers are those of the rows sent.
    List<Integer> sentRows = new ArrayList<>();
    for (int i = 0; i < products.size(); i++) {
      if (!products.get(i).isEmpty()) {
        sentRows.add(i);
      }
    }
    ApplicationDetails details =
        new ApplicationDetails(
            legalName,
            abn == null ? null : abn.replace(" ", ""),
            rtoCode,
            contactName,
            contactEmail,
            contactPhone,
            deliveryStates.length == 0
                ? EnumSet.noneOf(AustralianState.class)
                : EnumSet.copyOf(Arrays.asList(deliveryStates)),
            requests);
    boolean saved =
        ProviderPages.attempt(
            () -> providers.saveDraft(providerId, details), field -> inputOf(field, sentRows));
    if (saved) {
      refresh();
      fillForm();
    }
    return saved;
  }

  private ProviderPages.Input inputOf(String field) {
    return inputOf(field, null);
  }

  private ProviderPages.Input inputOf(String field, List<Integer> sentRows) {
    if (DETAIL_LABELS.containsKey(field)) {
      return new ProviderPages.Input(
          "provider:" + field, ProviderPages.text(DETAIL_LABELS.get(field)));
    }
    Matcher row = PRODUCT_FIELD.matcher(field);
    if (row.matches() && ROW_INPUTS.containsKey(row.group(2))) {
      int sent = Integer.parseInt(row.group(1));
      int shown = sentRows == null || sent >= sentRows.size() ? sent : sentRows.get(sent);
      String[] input = ROW_INPUTS.get(row.group(2));
      return new ProviderPages.Input(
          "provider:products:" + shown + ":" + input[0], ProviderPages.text(input[1], shown + 1));
    }
    return switch (field) {
      case "deliveryStates" ->
          new ProviderPages.Input("provider:states", ProviderPages.text("provider.states"));
      case "products" ->
          new ProviderPages.Input("provider:products", ProviderPages.text("provider.products"));
      case "evidence", "file" ->
          new ProviderPages.Input("provider:upload", ProviderPages.text("provider.evidence"));
      default -> null;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Evidence
  // ---------------------------------------------------------------------------------------------

  /** Stores an uploaded evidence file; the service checks its content, whatever its name. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (ProviderPages.attempt(
        () -> providers.uploadEvidence(providerId, file.getFileName(), file.getContent()),
        this::inputOf)) {
      refresh();
      ProviderPages.info(
          ProviderPages.text("provider.evidence.uploaded.message", file.getFileName()));
    }
  }

  public void removeEvidence(String evidenceId, String fileName) {
    if (ProviderPages.attempt(
        () -> providers.removeEvidence(providerId, evidenceId), this::inputOf)) {
      refresh();
      ProviderPages.info(ProviderPages.text("provider.evidence.removed", fileName));
    }
  }

  /** One evidence file to download. */
  public StreamedContent download(String evidenceId) {
    return ProviderPages.streamOf(providers.download(providerId, evidenceId));
  }

  // ---------------------------------------------------------------------------------------------
  // For the page
  // ---------------------------------------------------------------------------------------------

  private ProviderSnapshot snapshot() {
    if (snapshot == null) {
      refresh();
    }
    return snapshot;
  }

  public Provider getProvider() {
    return snapshot().provider();
  }

  public ProviderApplication getApplication() {
    return snapshot().application();
  }

  public List<ProviderApplication> getVersions() {
    return snapshot().versions();
  }

  public List<EvidenceFile> getEvidence() {
    return snapshot().evidence();
  }

  /** Whether the caller may change the draft now. */
  public boolean isEditable() {
    getProvider();
    return snapshot().actions().contains(ProviderAction.SAVE_DRAFT);
  }

  /** Whether the caller may submit the draft (the provider's admin, while in draft). */
  public boolean isSubmittable() {
    getProvider();
    return snapshot().actions().contains(ProviderAction.SUBMIT);
  }

  /** The decision on the version before this draft, when the delegate returned it. */
  public Optional<ProviderApplication> getReturnedVersion() {
    return getVersions().stream()
        .filter(v -> v.getDecision() == ProviderApplication.Decision.RETURNED)
        .filter(v -> v.getVersionNo() == getApplication().getVersionNo() - 1)
        .findFirst();
  }

  /** A catalogue product's title, or an empty string when the catalogue does not have it. */
  public String titleOf(String code) {
    return titles.computeIfAbsent(
        code, c -> catalog.find(c).map(TrainingProduct::getTitle).orElse(""));
  }

  public String when(Instant instant) {
    return ProviderPages.when(instant);
  }

  public String size(long bytes) {
    return ProviderPages.size(bytes);
  }

  /** A row's label for screen readers, e.g. "Product, row 2". */
  public String rowLabel(String key, ProductRow row) {
    return ProviderPages.text(key, products.indexOf(row) + 1);
  }

  public AustralianState[] getStates() {
    return AustralianState.values();
  }

  public CetModel[] getCetModels() {
    return CetModel.values();
  }

  public WorkBasedFormat[] getWorkBasedFormats() {
    return WorkBasedFormat.values();
  }

  public List<ProductRow> getProducts() {
    return products;
  }

  public String getLegalName() {
    return legalName;
  }

  public void setLegalName(String legalName) {
    this.legalName = legalName;
  }

  public String getAbn() {
    return abn;
  }

  public void setAbn(String abn) {
    this.abn = abn;
  }

  public String getRtoCode() {
    return rtoCode;
  }

  public void setRtoCode(String rtoCode) {
    this.rtoCode = rtoCode;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public AustralianState[] getDeliveryStates() {
    return deliveryStates;
  }

  public void setDeliveryStates(AustralianState[] deliveryStates) {
    this.deliveryStates = deliveryStates == null ? new AustralianState[0] : deliveryStates;
  }

  /** One row of the products table as typed: the product, its delivery model and format. */
  public static final class ProductRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** "CHC33021 – Certificate III in Individual Support" as picked, or a code as typed. */
    private String product;

    private CetModel cetModel;
    private WorkBasedFormat workBasedFormat;

    /** The national code: the first word of what was picked or typed, in capitals. */
    String code() {
      if (product == null || product.isBlank()) {
        return null;
      }
      return product.strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
    }

    boolean isEmpty() {
      return code() == null && cetModel == null && workBasedFormat == null;
    }

    /** Whether learners learn at work, so the row needs a work-based format. */
    public boolean isWorkBased() {
      return cetModel != null && cetModel.isWorkBased();
    }

    public String getProduct() {
      return product;
    }

    public void setProduct(String product) {
      this.product = product;
    }

    public CetModel getCetModel() {
      return cetModel;
    }

    public void setCetModel(CetModel cetModel) {
      this.cetModel = cetModel;
    }

    public WorkBasedFormat getWorkBasedFormat() {
      return workBasedFormat;
    }

    public void setWorkBasedFormat(WorkBasedFormat workBasedFormat) {
      this.workBasedFormat = workBasedFormat;
    }
  }
}
