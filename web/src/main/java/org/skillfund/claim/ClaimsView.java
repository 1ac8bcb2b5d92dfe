package org.skillfund.claim;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.skillfund.identity.CurrentUser;
import org.skillfund.identity.Role;
import org.skillfund.program.Money;
import org.skillfund.shared.PageMessages;
import org.skillfund.shared.PagedLazyModel;
import org.skillfund.shared.SchemeDate;
import org.skillfund.shared.ServiceCall;

/**
 * The department's claims, a page at a time with a status filter, each with its part and, on
 * demand, its automatic checks: an officer validates submitted claims (the automatic checks), a
 * delegate approves validated ones with a reason and groups the approved ones into a payment batch
 * behind a confirmation; whoever the workflow allows rejects a claim with a reason, and a delegate
 * recovers a paid one (a negative adjustment), both behind a confirmation. The batches made are
 * listed with their payment file to download.
 */
@Named
@ViewScoped
public class ClaimsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "claims";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(SchemeDate.ZONE);
  private static final Map<String, String> APPROVE_FIELDS =
      Map.of("reason", "claims:approve-reason");
  private static final Map<String, String> REJECT_FIELDS = Map.of("reason", "claims:reject-reason");
  private static final Map<String, String> RECOVER_FIELDS =
      Map.of("reason", "claims:recover-reason");

  @EJB private ClaimService claims;
  @Inject private CurrentUser currentUser;

  private ClaimStatus status;
  private String approving;
  private String approveReason;
  private String rejecting;
  private String rejectReason;
  private String recovering;
  private String recoverReason;

  /** What the workflow lets the caller do to each claim shown, read once per page shown. */
  private final Map<String, Set<ClaimAction>> actions = new HashMap<>();

  /** The automatic checks of the claims whose checks were opened in this view. */
  private final Map<String, List<CheckResult>> checks = new HashMap<>();

  /** One automatic check's result as shown (a copy the view-scoped bean can keep). */
  public record CheckResult(String id, boolean passed, String words) implements Serializable {}

  private final LazyDataModel<Claim> list =
      new PagedLazyModel<>(
          request -> {
            actions.clear();
            return claims.list(status, null, request);
          },
          Claim::getId);

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

  /** Remembers which claim the rejection dialog is about. */
  public void askReject(String id) {
    rejecting = id;
    rejectReason = null;
  }

  /** Rejects the claim the dialog was opened for, with the reason given. */
  public void reject() {
    if (ServiceCall.attempt(() -> claims.reject(rejecting, rejectReason), FORM, REJECT_FIELDS)) {
      PageMessages messages = PageMessages.current();
      messages.done(FORM, messages.text("claims.rejected"));
      rejecting = null;
    }
  }

  /** Remembers which paid claim the recovery dialog is about. */
  public void askRecover(String id) {
    recovering = id;
    recoverReason = null;
  }

  /** Recovers the paid claim the dialog was opened for: a negative adjustment of its amount. */
  public void recover() {
    ClaimAdjustment[] made = new ClaimAdjustment[1];
    if (ServiceCall.attempt(
        () -> made[0] = claims.recover(recovering, recoverReason), FORM, RECOVER_FIELDS)) {
      PageMessages messages = PageMessages.current();
      messages.done(
          FORM, messages.text("claims.recovered", Money.format(made[0].getAmountCents())));
      recovering = null;
    }
  }

  /** Whether the workflow lets the caller take {@code action} on the claim now. */
  public boolean may(Claim claim, String action) {
    return actions
        .computeIfAbsent(claim.getId(), id -> claims.actions(id))
        .contains(ClaimAction.valueOf(action));
  }

  /**
   * The automatic checks of a claim as they come out now; run once per view when its row is opened
   * (each run is a recorded eligibility check).
   */
  public List<CheckResult> checksOf(String id) {
    return checks.computeIfAbsent(
        id,
        claimId ->
            claims.checksOf(claimId).stream()
                .map(c -> new CheckResult(c.id(), c.passed(), c.words()))
                .toList());
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

  public String getRejectReason() {
    return rejectReason;
  }

  public void setRejectReason(String rejectReason) {
    this.rejectReason = rejectReason;
  }

  public String getRecoverReason() {
    return recoverReason;
  }

  public void setRecoverReason(String recoverReason) {
    this.recoverReason = recoverReason;
  }

  public String getApproveReason() {
    return approveReason;
  }

  public void setApproveReason(String approveReason) {
    this.approveReason = approveReason;
  }
}
