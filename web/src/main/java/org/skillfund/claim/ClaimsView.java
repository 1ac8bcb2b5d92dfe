package org.skillfund.claim;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.skillfund.identity.CurrentUser;
import org.skillfund.identity.Role;
import org.skillfund.program.Money;
import org.skillfund.shared.PageMessages;
import org.skillfund.shared.PagedLazyModel;
import org.skillfund.shared.ServiceCall;

/**
 * The department's claims, a page at a time with a status filter: an officer validates submitted
 * claims (the automatic checks), a delegate approves validated ones with a reason and groups the
 * approved ones into a payment batch behind a confirmation; the batches made are listed with their
 * payment file to download.
 */
@Named
@ViewScoped
public class ClaimsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "claims";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
          .withZone(ZoneId.of("Australia/Sydney"));
  private static final Map<String, String> APPROVE_FIELDS =
      Map.of("reason", "claims:approve-reason");

  @EJB private ClaimService claims;
  @Inject private CurrentUser currentUser;

  private ClaimStatus status;
  private String approving;
  private String approveReason;

  private final LazyDataModel<Claim> list =
      new PagedLazyModel<>(request -> claims.list(status, null, request), Claim::getId);

  private final LazyDataModel<PaymentBatch> batches =
      new PagedLazyModel<>(request -> claims.batches(request), PaymentBatch::getId);

  /** Runs the officer's automatic checks on a submitted claim. */
  public void validate(String id) {
    if (ServiceCall.attempt(() -> claims.validate(id), FORM, Map.of())) {
      PageMessages messages = PageMessages.current();
      messages.done(FORM, messages.text("claims.validated"));
    }
  }

  /** Remembers which claim the approval dialog is about. */
  public void askApprove(String id) {
    approving = id;
    approveReason = null;
  }

  /** Approves the claim the dialog was opened for. */
  public void approve() {
    if (ServiceCall.attempt(() -> claims.approve(approving, approveReason), FORM, APPROVE_FIELDS)) {
      PageMessages messages = PageMessages.current();
      messages.done(FORM, messages.text("claims.approved"));
      approving = null;
    }
  }

  /** Groups every approved claim into a new payment batch (the dialog asked first). */
  public void pay() {
    PaymentBatch[] made = new PaymentBatch[1];
    if (ServiceCall.attempt(() -> made[0] = claims.pay(), FORM, Map.of())) {
      PageMessages messages = PageMessages.current();
      messages.done(
          FORM,
          messages.text(
              "claims.paid", made[0].getClaimCount(), Money.format(made[0].getTotalCents())));
    }
  }

  /** The payment file of a batch, as CSV. */
  public StreamedContent file(String batchId) {
    byte[] content = claims.paymentFile(batchId).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("payment-" + batchId + ".csv")
        .contentType("text/csv;charset=UTF-8")
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  public boolean isOfficer() {
    return currentUser.hasRole(Role.Names.OFFICER);
  }

  public boolean isDelegate() {
    return currentUser.hasRole(Role.Names.DELEGATE);
  }

  /** A moment as the scheme's clock shows it, e.g. "26 Nov 2026 09:30". */
  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public String money(long cents) {
    return Money.format(cents);
  }

  public LazyDataModel<Claim> getList() {
    return list;
  }

  public LazyDataModel<PaymentBatch> getBatches() {
    return batches;
  }

  public ClaimStatus[] getAllStatuses() {
    return ClaimStatus.values();
  }

  public ClaimStatus getStatus() {
    return status;
  }

  public void setStatus(ClaimStatus status) {
    this.status = status;
  }

  public String getApproveReason() {
    return approveReason;
  }

  public void setApproveReason(String approveReason) {
    this.approveReason = approveReason;
  }
}
