package org.skillfund.placement;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillfund.catalog.CatalogService;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.identity.CurrentUser;
import org.skillfund.identity.Role;
import org.skillfund.program.FundingProgram;
import org.skillfund.program.Money;
import org.skillfund.program.ProgramService;
import org.skillfund.provider.CetModel;
import org.skillfund.provider.ProviderService;
import org.skillfund.provider.ScopeEntry;
import org.skillfund.provider.WorkBasedFormat;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.PageMessages;
import org.skillfund.shared.PageRequest;
import org.skillfund.shared.SchemeDate;
import org.skillfund.shared.ServiceCall;

/**
 * A provider's place application: a new draft or an existing one to edit (lines of places per
 * course from its approved scope and state with the delivery plan, a justification and partners),
 * submitted behind a confirmation; after submission it is read-only with the assessment and
 * decision as they come. Provider users reach only their own applications.
 */
@Named
@ViewScoped
public class PlaceApplicationView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "application";

  private static final Map<String, String> FIELDS =
      Map.of(
          "programCode", "application:program",
          "streamCode", "application:stream",
          "periodFrom", "application:periodFrom",
          "periodTo", "application:periodTo",
          "justification", "application:justification",
          "industryPartners", "application:partners");

  private static final Map<String, String> LINE_FIELDS =
      Map.of(
          "lines[#]", "course",
          "lines[#].courseCode", "course",
          "lines[#].state", "state",
          "lines[#].places", "places",
          "lines[#].cetModel", "cetModel",
          "lines[#].workBasedFormat", "format",
          "lines[#].locations", "locations",
          "lines[#].startDates", "startDates");

  @EJB private PlacementService placements;
  @EJB private ProgramService programs;
  @EJB private ProviderService providers;
  @EJB private CatalogService catalog;
  @Inject private CurrentUser currentUser;

  private String id;
  private String program;

  // what the service said, read again after every step
  private transient PlaceApplication application;
  private transient Set<PlaceAction> actions;

  private final Map<String, String> titles = new HashMap<>();
  private List<String> scope = new ArrayList<>();
  private final Map<String, String> programNames = new LinkedHashMap<>();
  private final Map<String, List<StreamChoice>> streams = new HashMap<>();

  private String programCode;
  private String streamCode;
  private LocalDate periodFrom;
  private LocalDate periodTo;
  private String justification;
  private String industryPartners;
  private List<PlaceLineForm> lines = new ArrayList<>();

  /** Loads the application in the address, or starts a new one; another provider's is 404. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      scope = providers.mine().getScope().stream().map(ScopeEntry::getProductCode).toList();
      LocalDate today = SchemeDate.today();
      for (FundingProgram p : programs.list(new PageRequest(0, PageRequest.MAX_SIZE)).items()) {
        streams.put(
            p.getCode(),
            p.getStreams().stream().map(s -> new StreamChoice(s.getCode(), s.getName())).toList());
        if (p.isOpenOn(today)) {
          programNames.put(p.getCode(), p.getName());
        }
      }
      if (id == null || id.isBlank()) {
        startNew(today);
      } else {
        refresh();
        fill();
      }
    } catch (NotFoundException missing) {
      faces.getExternalContext().responseSendError(404, "No such place application");
      faces.responseComplete();
    } catch (EJBAccessException refused) {
      faces.getExternalContext().responseSendError(403, "Not allowed");
      faces.responseComplete();
    }
  }

  private void startNew(LocalDate today) {
    programCode =
        program != null && programNames.containsKey(program)
            ? program
            : programNames.keySet().stream().findFirst().orElse(null);
    List<StreamChoice> s = programCode == null ? List.of() : streams.get(programCode);
    streamCode = s.isEmpty() ? null : s.get(0).code();
    periodFrom = today.plusMonths(2).withDayOfMonth(1);
    periodTo = periodFrom.plusYears(1).minusDays(1);
    lines.add(new PlaceLineForm());
  }

  private void refresh() {
    application = placements.find(id);
    actions = placements.actions(id);
  }

  private void fill() {
    PlaceApplication a = getApplication();
    programCode = a.getProgramCode();
    streamCode = a.getStreamCode();
    periodFrom = a.getPeriodFrom();
    periodTo = a.getPeriodTo();
    justification = a.getJustification();
    industryPartners = a.getIndustryPartners();
    lines = new ArrayList<>(a.getLines().stream().map(PlaceLineForm::of).toList());
  }

  // ---------------------------------------------------------------------------------------------
  // Steps
  // ---------------------------------------------------------------------------------------------

  /** Saves the draft (creating it the first time, then showing it at its own address). */
  public String saveDraft() {
    PlaceApplicationInput input = input();
    if (id == null) {
      String[] created = new String[1];
      if (ServiceCall.attempt(
          () -> created[0] = placements.create(input).getId(), FORM, inputs())) {
        PageMessages messages = PageMessages.current();
        messages.doneAfterRedirect(messages.text("placeApp.saved"));
        return "/place-application.xhtml?faces-redirect=true&id=" + created[0];
      }
      return null;
    }
    if (ServiceCall.attempt(() -> placements.saveDraft(id, input), FORM, inputs())) {
      refresh();
      PageMessages messages = PageMessages.current();
      messages.done(FORM, messages.text("placeApp.saved"));
    }
    return null;
  }

  /** Submits the saved draft (the confirmation dialog asked first). */
  public void submit() {
    if (ServiceCall.attempt(() -> placements.submit(id), FORM, inputs())) {
      refresh();
      fill();
      PageMessages messages = PageMessages.current();
      messages.done(FORM, messages.text("placeApp.submitted"));
    }
  }

  public void addLine() {
    lines.add(new PlaceLineForm());
  }

  public void removeLine(PlaceLineForm line) {
    if (lines.size() > 1) {
      lines.remove(line);
    }
  }

  /** The program changed: its first stream is chosen. */
  public void programChanged() {
    List<StreamChoice> s = programCode == null ? List.of() : streams.get(programCode);
    streamCode = s == null || s.isEmpty() ? null : s.get(0).code();
  }

  private PlaceApplicationInput input() {
    return new PlaceApplicationInput(
        programCode,
        streamCode,
        periodFrom,
        periodTo,
        justification,
        industryPartners,
        lines.stream().map(PlaceLineForm::toInput).toList());
  }

  private Map<String, String> inputs() {
    Map<String, String> inputs =
        new HashMap<>(PlacePages.rowInputs("application:lines", lines.size(), LINE_FIELDS));
    inputs.putAll(FIELDS);
    return inputs;
  }

  // ---------------------------------------------------------------------------------------------
  // For the page
  // ---------------------------------------------------------------------------------------------

  public PlaceApplication getApplication() {
    if (application == null && id != null) {
      refresh();
    }
    return application;
  }

  private Set<PlaceAction> actions() {
    if (actions == null && id != null) {
      refresh();
    }
    return actions == null ? Set.of() : actions;
  }

  /** A new application, or a draft the caller may edit. */
  public boolean isEditable() {
    return id == null || actions().contains(PlaceAction.SAVE_DRAFT);
  }

  public boolean isCanSubmit() {
    return id != null && actions().contains(PlaceAction.SUBMIT);
  }

  /** Staff may edit a draft but only the provider's admin submits it. */
  public boolean isStaffOnly() {
    return id != null
        && actions().contains(PlaceAction.SAVE_DRAFT)
        && !currentUser.hasRole(Role.Names.PROVIDER_ADMIN);
  }

  public Map<String, String> getProgramNames() {
    return programNames;
  }

  public List<StreamChoice> getStreams() {
    List<StreamChoice> s = programCode == null ? null : streams.get(programCode);
    return s == null ? List.of() : s;
  }

  public List<String> getScope() {
    return scope;
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

  /** A catalogue product's code and title, e.g. {@code CHC33021 – Certificate III in ...}. */
  public String courseLabel(String code) {
    return code + " – " + titleOf(code);
  }

  public String titleOf(String code) {
    return titles.computeIfAbsent(
        code, c -> catalog.find(c).map(TrainingProduct::getTitle).orElse(""));
  }

  /** "Line 2, places", for the label of an input in a row. */
  public String rowLabel(String key, PlaceLineForm row) {
    return PageMessages.current().text(key, lines.indexOf(row) + 1);
  }

  public String money(long cents) {
    return Money.format(cents);
  }

  public String when(java.time.Instant instant) {
    return PlacePages.when(instant);
  }

  public RiskFlag[] flagsOf(PlaceApplication a) {
    return a.getRiskFlagSet().toArray(new RiskFlag[0]);
  }

  /**
   * A funding stream to choose.
   *
   * @param code its code
   * @param name its name
   */
  public record StreamChoice(String code, String name) implements Serializable {}

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id == null || id.isBlank() ? null : id;
  }

  public String getProgram() {
    return program;
  }

  public void setProgram(String program) {
    this.program = program;
  }

  public String getProgramCode() {
    return programCode;
  }

  public void setProgramCode(String programCode) {
    this.programCode = programCode;
  }

  public String getStreamCode() {
    return streamCode;
  }

  public void setStreamCode(String streamCode) {
    this.streamCode = streamCode;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(LocalDate periodFrom) {
    this.periodFrom = periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public void setPeriodTo(LocalDate periodTo) {
    this.periodTo = periodTo;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }

  public String getIndustryPartners() {
    return industryPartners;
  }

  public void setIndustryPartners(String industryPartners) {
    this.industryPartners = industryPartners;
  }

  public List<PlaceLineForm> getLines() {
    return lines;
  }
}
