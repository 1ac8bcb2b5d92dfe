package org.skillfund.placement;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillfund.catalog.CatalogService;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.identity.CurrentUser;
import org.skillfund.identity.Role;
import org.skillfund.program.Money;
import org.skillfund.provider.ProviderService;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.PageMessages;
import org.skillfund.shared.ServiceCall;

/**
 * The department's review of a place application: the lines, the risk flags computed at submission
 * with what each means, and only the step the caller's role may take now: the officer's assessment
 * (a score per published criterion, recommended places per line, a note) or the delegate's decision
 * (places granted per line, all of them, fewer, or none, with reasons). The delegate sees their
 * limit; above it the approval waits for a second delegate. The service's refusals (four eyes, a
 * budget exhausted) are shown on the page.
 */
@Named
@ViewScoped
public class PlaceReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Set<PlaceAction> DECISIONS =
      EnumSet.of(PlaceAction.APPROVE, PlaceAction.PARTIALLY_APPROVE, PlaceAction.DECLINE);

  private static final Map<String, String> LINE_FIELDS_ASSESS =
      Map.of("recommendedPlaces[#]", "recommended");
  private static final Map<String, String> LINE_FIELDS_DECIDE =
      Map.of("approvedPlaces[#]", "approved");

  @EJB private PlacementService placements;
  @EJB private DelegationService delegations;
  @EJB private ProviderService providers;
  @EJB private CatalogService catalog;
  @Inject private CurrentUser currentUser;

  private String id;
  private transient PlaceApplication application;
  private transient Set<PlaceAction> actions;
  private String providerName;
  private long limitCents;
  private final Map<String, String> titles = new HashMap<>();

  private final Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
  private List<Integer> recommended = new ArrayList<>();
  private String note;

  private List<Integer> approved = new ArrayList<>();
  private String reason;
  private boolean declining;

  /** Loads the application in the address; an unknown id answers 404. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      refresh();
      providerName = providers.find(application.getProviderId()).getLegalName();
      if (currentUser.hasRole(Role.Names.DELEGATE)) {
        limitCents = delegations.limitOf(currentUser.getName());
      }
      fillForms();
    } catch (NotFoundException missing) {
      faces.getExternalContext().responseSendError(404, "No such place application");
      faces.responseComplete();
    } catch (EJBAccessException refused) {
      faces.getExternalContext().responseSendError(403, "Not allowed");
      faces.responseComplete();
    }
  }

  private void refresh() {
    if (id == null || id.isBlank()) {
      throw new NotFoundException("No place application id in the address.");
    }
    application = placements.find(id);
    actions = placements.actions(id);
  }

  /** The forms start from what is recorded: the assessment, or the recommendation to decide on. */
  private void fillForms() {
    PlaceApplication a = getApplication();
    scores.clear();
    scores.putAll(a.getScoreMap());
    note = a.getAssessmentNote();
    recommended = new ArrayList<>();
    approved = new ArrayList<>();
    for (PlaceRequest l : a.getLines()) {
      recommended.add(l.getRecommendedPlaces() == null ? l.getPlaces() : l.getRecommendedPlaces());
      Integer start =
          l.getApprovedPlaces() != null ? l.getApprovedPlaces() : l.getRecommendedPlaces();
      approved.add(start == null ? l.getPlaces() : start);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Steps
  // ---------------------------------------------------------------------------------------------

  public void assess() {
    Map<String, String> inputs =
        new HashMap<>(
            PlacePages.rowInputs("review:assess-lines", recommended.size(), LINE_FIELDS_ASSESS));
    for (Criterion c : Criterion.values()) {
      inputs.put("scores." + c.name(), "review:criteria:" + c.ordinal() + ":score");
    }
    inputs.put("note", "review:note");
    if (ServiceCall.attempt(
        () -> placements.assess(id, new EnumMap<>(scores), List.copyOf(recommended), note),
        "review",
        inputs)) {
      done("placeReview.assessed");
    }
  }

  /** Decides with the places entered, or declines (every line zero) when declining. */
  public void decide() {
    List<Integer> places =
        declining ? approved.stream().map(p -> 0).toList() : List.copyOf(approved);
    Map<String, String> inputs =
        new HashMap<>(
            PlacePages.rowInputs("review:decide-lines", approved.size(), LINE_FIELDS_DECIDE));
    inputs.put("reason", "review:reason");
    if (ServiceCall.attempt(() -> placements.decide(id, places, reason), "review", inputs)) {
      reason = null;
      done("placeReview.decided");
    }
  }

  private void done(String key) {
    refresh();
    fillForms();
    PageMessages messages = PageMessages.current();
    messages.done(
        "review",
        messages.text(key, messages.text("placeApp.status." + application.getStatus().name())));
  }

  public void setDeclining(boolean declining) {
    this.declining = declining;
  }

  public boolean isDeclining() {
    return declining;
  }

  // ---------------------------------------------------------------------------------------------
  // What the caller may do now
  // ---------------------------------------------------------------------------------------------

  public PlaceApplication getApplication() {
    if (application == null) {
      refresh();
    }
    return application;
  }

  private Set<PlaceAction> actions() {
    if (actions == null) {
      refresh();
    }
    return actions;
  }

  public boolean isCanAssess() {
    return actions().contains(PlaceAction.ASSESS);
  }

  /** A delegate may decide now, unless they handled the application themselves. */
  public boolean isCanDecide() {
    return actions().stream().anyMatch(DECISIONS::contains) && !isOwnPart();
  }

  /**
   * The caller could decide, but assessed it or gave the first approval, so another delegate must
   * (the service refuses it too).
   */
  public boolean isOwnPart() {
    PlaceApplication a = getApplication();
    String me = currentUser.getName();
    return actions().stream().anyMatch(DECISIONS::contains)
        && me != null
        && (me.equals(a.getAssessedBy())
            || (a.getStatus() == PlaceApplicationStatus.AWAITING_SECOND_APPROVAL
                && me.equals(a.getFirstApprover())));
  }

  /** The money the places now entered would commit. */
  public long getEnteredCents() {
    List<PlaceRequest> lines = getApplication().getLines();
    long sum = 0;
    for (int i = 0; i < lines.size() && i < approved.size(); i++) {
      Integer n = approved.get(i);
      sum += (n == null ? 0 : n) * lines.get(i).getPriceCents();
    }
    return sum;
  }

  /** Whether the places now entered are above the caller's limit, so a second delegate confirms. */
  public boolean isAboveLimit() {
    return getEnteredCents() > limitCents;
  }

  // ---------------------------------------------------------------------------------------------
  // For the page
  // ---------------------------------------------------------------------------------------------

  public List<RiskFlag> getRiskFlags() {
    return List.copyOf(getApplication().getRiskFlagSet());
  }

  public Criterion[] getCriteria() {
    return Criterion.values();
  }

  public int[] getScoreChoices() {
    int[] choices = new int[Criterion.MAX_SCORE + 1];
    for (int i = 0; i < choices.length; i++) {
      choices[i] = i;
    }
    return choices;
  }

  public int getMaxTotal() {
    return Criterion.values().length * Criterion.MAX_SCORE;
  }

  /** Line numbers 0, 1, ... for the per-line forms. */
  public List<Integer> getLineIndexes() {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < getApplication().getLines().size(); i++) {
      indexes.add(i);
    }
    return indexes;
  }

  public PlaceRequest line(int index) {
    return getApplication().getLines().get(index);
  }

  public String lineLabel(String key, int index) {
    PlaceRequest l = line(index);
    return PageMessages.current().text(key, index + 1, l.getCourseCode(), l.getState());
  }

  public String titleOf(String code) {
    return titles.computeIfAbsent(
        code, c -> catalog.find(c).map(TrainingProduct::getTitle).orElse(""));
  }

  public String money(long cents) {
    return Money.format(cents);
  }

  public String when(Instant instant) {
    return PlacePages.when(instant);
  }

  public String getProviderName() {
    return providerName;
  }

  public long getLimitCents() {
    return limitCents;
  }

  public boolean isDelegate() {
    return currentUser.hasRole(Role.Names.DELEGATE);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Map<Criterion, Integer> getScores() {
    return scores;
  }

  public List<Integer> getRecommended() {
    return recommended;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<Integer> getApproved() {
    return approved;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
