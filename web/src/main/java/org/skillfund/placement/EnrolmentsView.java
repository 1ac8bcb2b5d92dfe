package org.skillfund.placement;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.primefaces.model.LazyDataModel;
import org.skillfund.claim.ClaimChecks;
import org.skillfund.claim.ClaimKind;
import org.skillfund.claim.ClaimService;
import org.skillfund.eligibility.EmploymentStatus;
import org.skillfund.eligibility.Residency;
import org.skillfund.shared.PageMessages;
import org.skillfund.shared.PageRequest;
import org.skillfund.shared.PagedLazyModel;
import org.skillfund.shared.SchemeDate;
import org.skillfund.shared.ServiceCall;

/**
 * A provider's enrolments, a page at a time with a status filter: a form to enrol a learner into
 * one of its allocations (refusals next to the fields, or naming the failed rule); commencement,
 * completion and withdrawal behind a confirmation (each only when the workflow allows it to the
 * caller); the commencement claim of a confirmed enrolment from the course's start date on and the
 * completion claim of a completed one.
 */
@Named
@ViewScoped
public class EnrolmentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "enrol";
  private static final String LIST_FORM = "enrolments";

  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("allocationId", "enrol:allocation"),
          Map.entry("learner.usi", "enrol:usi"),
          Map.entry("learner.givenName", "enrol:givenName"),
          Map.entry("learner.familyName", "enrol:familyName"),
          Map.entry("learner.dateOfBirth", "enrol:dateOfBirth"),
          Map.entry("learner.email", "enrol:email"),
          Map.entry("startDate", "enrol:startDate"),
          Map.entry("residency", "enrol:residency"),
          Map.entry("employmentStatus", "enrol:employment"));

  private static final Map<String, String> WITHDRAW_FIELDS =
      Map.of("reason", "enrolments:withdraw-reason");

  @EJB private EnrolmentService enrolments;
  @EJB private PlacementService placements;
  @EJB private ClaimService claims;

  private List<AllocationChoice> allocations = new ArrayList<>();

  private String allocationId;
  private String usi;
  private String givenName;
  private String familyName;
  private LocalDate dateOfBirth;
  private String email;
  private LocalDate startDate;
  private Residency residency = Residency.CITIZEN;
  private EmploymentStatus employmentStatus = EmploymentStatus.UNEMPLOYED;

  private String withdrawing;
  private String withdrawReason;

  private EnrolmentStatus status;
  private String stepping;
  private String steppingLearner;
  private EnrolmentAction step;

  /** What the workflow lets the caller do to each enrolment shown, read once per page shown. */
  private final Map<String, Set<EnrolmentAction>> actions = new HashMap<>();

  /** Parts already claimed of the enrolments shown ("id|KIND"), so their buttons go. */
  private final Set<String> claimed = new HashSet<>();

  private final LazyDataModel<Enrolment> list =
      new PagedLazyModel<>(
          request -> {
            actions.clear();
            var page = enrolments.list(status, null, null, request);
            claimed.clear();
            claimed.addAll(
                claims.claimedParts(page.items().stream().map(Enrolment::getId).toList()));
            return page;
          },
          Enrolment::getId);

  /** An allocation the provider may enrol into, with its label. */
  public record AllocationChoice(String id, String label) implements Serializable {}

  @PostConstruct
  void start() {
    for (Allocation a : placements.allocations(null, null, new PageRequest(0, 100)).items()) {
      allocations.add(
          new AllocationChoice(
              a.getId(),
              a.getProgramCode()
                  + " · "
                  + a.getCourseCode()
                  + " · "
                  + a.getState()
                  + " ("
                  + a.getPlacesRemaining()
                  + " / "
                  + a.getPlaces()
                  + ")"));
    }
    if (!allocations.isEmpty()) {
      allocationId = allocations.get(0).id();
    }
    startDate = SchemeDate.today().plusDays(7);
  }

  /** Enrols the learner; the form is cleared when the service accepted it. */
  public void enrol() {
    EnrolmentInput input =
        new EnrolmentInput(
            allocationId,
            new LearnerIdentity(
                usi == null ? null : usi.strip().toUpperCase(),
                givenName,
                familyName,
                dateOfBirth,
                email),
            startDate,
            residency,
            employmentStatus,
            false,
            null);
    if (ServiceCall.attempt(() -> enrolments.enrol(input), FORM, FIELDS)) {
      PageMessages messages = PageMessages.current();
      messages.done(FORM, messages.text("enrolments.enrolled", givenName + " " + familyName));
      usi = null;
      givenName = null;
      familyName = null;
      dateOfBirth = null;
      email = null;
    }
  }

  /** Remembers which enrolment the withdrawal dialog is about. */
  public void askWithdraw(String id) {
    withdrawing = id;
    withdrawReason = null;
  }

  /** Withdraws the enrolment the dialog was opened for. */
  public void withdraw() {
    if (ServiceCall.attempt(
        () -> enrolments.withdraw(withdrawing, withdrawReason), LIST_FORM, WITHDRAW_FIELDS)) {
      PageMessages messages = PageMessages.current();
      messages.done(LIST_FORM, messages.text("enrolments.withdrawn"));
      withdrawing = null;
    }
  }

  /** Claims the commencement part of a confirmed enrolment (one key per press of the button). */
  public void claim(String id) {
    claimPart(id, ClaimKind.COMMENCEMENT, "enrolments.claimed");
  }

  /** Claims the completion part of a completed enrolment (one key per press of the button). */
  public void claimCompletion(String id) {
    claimPart(id, ClaimKind.COMPLETION, "enrolments.claimedCompletion");
  }

  private void claimPart(String id, ClaimKind kind, String done) {
    if (ServiceCall.attempt(
        () -> claims.submit(id, kind, UUID.randomUUID().toString()), LIST_FORM, Map.of())) {
      claimed.add(id + "|" + kind);
      PageMessages messages = PageMessages.current();
      messages.done(LIST_FORM, messages.text(done));
    }
  }

  /** Opens the confirmation of a commencement or completion for one enrolment. */
  public void askStep(Enrolment enrolment, EnrolmentAction action) {
    stepping = enrolment.getId();
    steppingLearner = enrolment.learnerName() + " (" + enrolment.getUsi() + ")";
    step = action;
  }

  /** Records the commencement or completion the dialog was opened for. */
  public void takeStep() {
    EnrolmentAction taking = step;
    if (taking != EnrolmentAction.COMMENCE && taking != EnrolmentAction.COMPLETE) {
      return;
    }
    if (ServiceCall.attempt(
        () -> {
          if (taking == EnrolmentAction.COMMENCE) {
            enrolments.commence(stepping);
          } else {
            enrolments.complete(stepping);
          }
        },
        LIST_FORM,
        Map.of())) {
      PageMessages messages = PageMessages.current();
      messages.done(
          LIST_FORM,
          messages.text(
              taking == EnrolmentAction.COMMENCE ? "enrolments.commenced" : "enrolments.completed",
              steppingLearner));
      stepping = null;
    }
  }

  /** Whether the workflow lets the caller take {@code action} on the enrolment now. */
  public boolean may(Enrolment e, String action) {
    return actions
        .computeIfAbsent(e.getId(), id -> enrolments.actions(id))
        .contains(EnrolmentAction.valueOf(action));
  }

  public boolean canWithdraw(Enrolment e) {
    return may(e, "WITHDRAW");
  }

  /**
   * Whether to offer the commencement claim: confirmed (or commenced), not claimed yet, and the
   * course has started (the service refuses it before the start date).
   */
  public boolean canClaim(Enrolment e) {
    return e.getConfirmedAt() != null
        && (e.getStatus() == EnrolmentStatus.CONFIRMED
            || e.getStatus() == EnrolmentStatus.COMMENCED)
        && ClaimChecks.tooEarly(ClaimKind.COMMENCEMENT, e.getStartDate(), SchemeDate.today())
            == null
        && !claimed.contains(e.getId() + "|" + ClaimKind.COMMENCEMENT);
  }

  public boolean canClaimCompletion(Enrolment e) {
    return e.getStatus() == EnrolmentStatus.COMPLETED
        && !claimed.contains(e.getId() + "|" + ClaimKind.COMPLETION);
  }

  public EnrolmentStatus[] getAllStatuses() {
    return EnrolmentStatus.values();
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public void setStatus(EnrolmentStatus status) {
    this.status = status;
  }

  public boolean isCompleting() {
    return step == EnrolmentAction.COMPLETE;
  }

  public String getSteppingLearner() {
    return steppingLearner;
  }

  public LazyDataModel<Enrolment> getList() {
    return list;
  }

  public List<AllocationChoice> getAllocations() {
    return allocations;
  }

  public Residency[] getResidencies() {
    return Residency.values();
  }

  public EmploymentStatus[] getEmploymentStatuses() {
    return EmploymentStatus.values();
  }

  public String getAllocationId() {
    return allocationId;
  }

  public void setAllocationId(String allocationId) {
    this.allocationId = allocationId;
  }

  public String getUsi() {
    return usi;
  }

  public void setUsi(String usi) {
    this.usi = usi;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public Residency getResidency() {
    return residency;
  }

  public void setResidency(Residency residency) {
    this.residency = residency;
  }

  public EmploymentStatus getEmploymentStatus() {
    return employmentStatus;
  }

  public void setEmploymentStatus(EmploymentStatus employmentStatus) {
    this.employmentStatus = employmentStatus;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }
}
