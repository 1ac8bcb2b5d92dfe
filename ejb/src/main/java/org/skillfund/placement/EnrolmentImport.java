package org.skillfund.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillfund.catalog.CatalogService;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.eligibility.EligibilityService;
import org.skillfund.eligibility.Program;
import org.skillfund.eligibility.Programs;
import org.skillfund.eligibility.RuleSetVersion;
import org.skillfund.identity.Caller;
import org.skillfund.identity.Callers;
import org.skillfund.identity.Role;
import org.skillfund.placement.BulkEnrolmentPlan.Candidate;
import org.skillfund.program.FundingProgram;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.SchemeDate;

/**
 * Bulk enrolment from a provider's CSV file ({@link EnrolmentCsv#HEADER}), per-row atomic with a
 * report of every row.
 *
 * <p>The whole file is read and every field checked in memory first; each well-formed row is
 * matched to the caller's own allocation of its program, course and state whose period holds the
 * start date (the allocations of one program, course and state are read once). The matched rows are
 * then enrolled in chunks of {@code skillfund.import.chunk-rows} (default {@value #DEFAULT_CHUNK}),
 * each in one transaction of its own ({@link EnrolmentImportChunk}) that does for every row exactly
 * what a single enrolment does: eligibility under the rules in force on the start date with the
 * ledger (rows earlier in the file count, so the same learner twice has the second row refused by
 * the rule it breaks), one place, the funded start, the enrolment, the one-time confirmation link
 * and mail, the eligibility check and one audit event.
 *
 * <p>When every allocation has a place for all of the file's rows matched to it, up to {@code
 * skillfund.import.parallel-chunks} (default 2) chunks are written side by side, each taking its
 * places with one conditional update at its end, so the database works on two at once; a chunk
 * waits for the earlier chunks with one of its learners, and one that finds its places taken
 * meanwhile (by enrolments made at the same time) is rolled back and run again under the
 * allocations' locks. Otherwise the chunks run one after another under those locks, so the rows
 * first in the file take the last places.
 *
 * <p>What the report means: an accepted row is completely enrolled; a rejected row changed nothing
 * and says why (field problems, no allocation, not eligible naming the rules, no places left). A
 * chunk commits together; if a system error stops a chunk, the chunk is rolled back and each of its
 * rows is reported as not imported, to be tried again; the other chunks stand. At most {@value
 * #MAX_ROWS} rows per file; a file without the header or with more rows is refused whole (400), and
 * so is every file of a provider that is not approved (409).
 */
@Stateless
public class EnrolmentImport {

  /** Most rows one file may have. */
  public static final int MAX_ROWS = 50_000;

  static final int DEFAULT_CHUNK = 2_000;

  /** Most chunks of one file written side by side, whatever the configuration says. */
  static final int MAX_PARALLEL = 4;

  /** What a row of a chunk stopped by a system error says. */
  public static final String NOT_IMPORTED =
      "not imported: a system error stopped the rows around this one, and none of them was"
          + " saved; try these rows again";

  private static final Logger LOG = Logger.getLogger(EnrolmentImport.class.getName());

  /**
   * One row's outcome.
   *
   * @param line the line in the file
   * @param usi the learner's USI as given
   * @param enrolmentId the enrolment made, for an accepted row
   * @param reason why the row was rejected, or null
   */
  public record RowResult(int line, String usi, String enrolmentId, String reason)
      implements java.io.Serializable {
    public boolean accepted() {
      return enrolmentId != null;
    }
  }

  /** What happened to every row, in file order. */
  public record Report(int accepted, int rejected, List<RowResult> rows)
      implements java.io.Serializable {}

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private EnrolmentImportChunk chunks;

  @EJB private Callers callers;

  @EJB private CatalogService catalog;

  @EJB private EligibilityService eligibility;

  @Inject
  @ConfigProperty(name = "skillfund.import.chunk-rows", defaultValue = "2000")
  private int chunkRows;

  @Inject
  @ConfigProperty(name = "skillfund.import.parallel-chunks", defaultValue = "2")
  private int parallelChunks;

  /** Enrols every row it can and reports each; refuses a file without the header (400). */
  @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_STAFF})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report importCsv(String csv) {
    return run(csv, new ImportProgress());
  }

  /**
   * The same in the background, as the caller, publishing its progress after every chunk; the
   * future fails as {@link #importCsv} would refuse.
   */
  @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_STAFF})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Asynchronous
  public Future<Report> importInBackground(String csv, ImportProgress progress) {
    return new AsyncResult<>(run(csv, progress));
  }

  private Report run(String csv, ImportProgress progress) {
    long began = System.nanoTime();
    Caller caller = callers.current();
    List<EnrolmentCsv.Row> rows;
    try {
      rows = EnrolmentCsv.rows(csv);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of("file", e.getMessage());
    }
    if (rows.isEmpty()) {
      throw InvalidRequestException.of("file", "has the header but no rows");
    }
    if (rows.size() > MAX_ROWS) {
      throw InvalidRequestException.of(
          "file", "has " + rows.size() + " rows; at most " + MAX_ROWS + " rows per file, split it");
    }
    EnrolmentService.approvedProvider(em, caller);
    progress.start(rows.size());

    LocalDate today = SchemeDate.today();
    RowResult[] results = new RowResult[rows.size()];
    List<Integer> positions = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    Matcher matcher = new Matcher(caller.providerId());
    int rejectedEarly = 0;
    for (int i = 0; i < rows.size(); i++) {
      EnrolmentRow.Read read = EnrolmentRow.read(rows.get(i), today);
      String problem = read.problem();
      if (problem == null) {
        Match match = matcher.match(read.row());
        if (match.candidate() != null) {
          positions.add(i);
          candidates.add(match.candidate());
          continue;
        }
        problem = match.problem();
      }
      results[i] = new RowResult(read.line(), read.usi(), null, problem);
      rejectedEarly++;
    }
    progress.advance(rejectedEarly, 0);

    LOG.fine(
        () ->
            "bulk enrolment file of "
                + rows.size()
                + " rows read, checked and matched in "
                + (System.nanoTime() - began) / 1_000_000
                + " ms");
    int size = Math.max(1, chunkRows);
    List<List<Candidate>> parts = new ArrayList<>();
    for (int from = 0; from < candidates.size(); from += size) {
      parts.add(
          new ArrayList<>(candidates.subList(from, Math.min(candidates.size(), from + size))));
    }
    ChunkSchedule<Candidate, RowResult> schedule =
        new ChunkSchedule<>(
            new Chunks(),
            c -> c.row().usi(),
            outcome ->
                progress.advance(
                    outcome.size(), (int) outcome.stream().filter(RowResult::accepted).count()));
    List<List<RowResult>> outcomes =
        parallelChunks > 1 && parts.size() > 1 && fits(candidates)
            ? schedule.sideBySide(parts, Math.min(parallelChunks, MAX_PARALLEL))
            : schedule.oneAfterAnother(parts);
    int from = 0;
    for (List<RowResult> outcome : outcomes) {
      for (RowResult result : outcome) {
        results[positions.get(from++)] = result;
      }
    }
    List<RowResult> all = List.of(results);
    int accepted = (int) all.stream().filter(RowResult::accepted).count();
    return new Report(accepted, all.size() - accepted, all);
  }

  /** The EJB calls that run a chunk, for {@link ChunkSchedule}. */
  private final class Chunks implements ChunkSchedule.Chunks<Candidate, RowResult> {

    @Override
    public Future<List<RowResult>> ahead(List<Candidate> part) {
      return chunks.enrolAhead(part);
    }

    @Override
    public List<RowResult> locked(List<Candidate> part) {
      return chunks.enrol(part);
    }

    @Override
    public boolean placesTaken(Throwable error) {
      if (error instanceof EnrolmentImportChunk.PlacesTakenMeanwhile taken) {
        LOG.fine(() -> taken.getMessage() + "; the chunk runs again under its allocations' locks");
        return true;
      }
      return false;
    }

    @Override
    public List<RowResult> failed(List<Candidate> part, Throwable error) {
      LOG.log(Level.WARNING, "bulk enrolment chunk of " + part.size() + " rows failed", error);
      return part.stream()
          .map(c -> new RowResult(c.row().line(), c.row().usi(), null, NOT_IMPORTED))
          .toList();
    }
  }

  /**
   * Whether every allocation had, when the file was matched, a place for each row matched to it:
   * only then are chunks written side by side (else one after another, so the rows first in the
   * file take the last places).
   */
  private static boolean fits(List<Candidate> candidates) {
    Map<String, Integer> wanted = new HashMap<>();
    Map<String, Allocation> byId = new HashMap<>();
    for (Candidate c : candidates) {
      wanted.merge(c.allocation().getId(), 1, Integer::sum);
      byId.putIfAbsent(c.allocation().getId(), c.allocation());
    }
    return wanted.entrySet().stream()
        .allMatch(e -> e.getValue() <= byId.get(e.getKey()).getPlacesRemaining());
  }

  /** A row matched to what enrols it, or why nothing can. */
  private record Match(Candidate candidate, String problem) {
    static Match refused(String problem) {
      return new Match(null, problem);
    }
  }

  /**
   * Matches rows to the caller's allocations, programs, courses and rule versions, reading each
   * once per file.
   */
  private final class Matcher {

    private final String providerId;
    private final Map<String, List<Allocation>> allocations = new HashMap<>();
    private final Map<String, Optional<FundingProgram>> programs = new HashMap<>();
    private final Map<String, Optional<TrainingProduct>> courses = new HashMap<>();
    private final Map<String, Optional<RuleSetVersion>> versions = new HashMap<>();

    Matcher(String providerId) {
      this.providerId = providerId;
    }

    /** The row's candidate, or why it cannot be enrolled. */
    Match match(EnrolmentRow row) {
      List<Allocation> own =
          allocations.computeIfAbsent(
              row.programCode() + "|" + row.courseCode() + "|" + row.state(),
              k -> ownAllocations(row.programCode(), row.courseCode(), row.state()));
      if (own.isEmpty()) {
        return Match.refused(
            "no allocation of yours for "
                + row.courseCode()
                + " in "
                + row.state()
                + " under "
                + row.programCode());
      }
      Allocation allocation =
          own.stream()
              .filter(
                  a ->
                      !row.startDate().isBefore(a.getPeriodFrom())
                          && !row.startDate().isAfter(a.getPeriodTo()))
              .findFirst()
              .orElse(null);
      if (allocation == null) {
        Allocation first = own.get(0);
        return Match.refused(
            "start_date must be within the allocation's period, "
                + first.getPeriodFrom()
                + " to "
                + first.getPeriodTo());
      }
      FundingProgram program =
          programs
              .computeIfAbsent(
                  row.programCode(), c -> Optional.ofNullable(em.find(FundingProgram.class, c)))
              .orElseThrow(() -> new IllegalStateException("allocated program not found"));
      TrainingProduct course =
          courses
              .computeIfAbsent(row.courseCode(), catalog::find)
              .orElseThrow(() -> new IllegalStateException("allocated course not in catalogue"));
      Program rules = Programs.find(program.getRuleProgramCode()).orElse(null);
      Optional<RuleSetVersion> version =
          rules == null
              ? Optional.empty()
              : versions.computeIfAbsent(
                  rules.code() + "|" + row.startDate(),
                  k -> eligibility.inForceOn(rules, row.startDate()));
      if (version.isEmpty()) {
        return Match.refused(
            "start_date: no "
                + program.getRuleProgramCode()
                + " rules are in force on "
                + row.startDate());
      }
      return new Match(
          new Candidate(row, allocation, course, program.getRuleProgramCode(), version.get()),
          null);
    }

    private List<Allocation> ownAllocations(
        String programCode, String courseCode, AustralianState state) {
      return em.createQuery(
              "SELECT l FROM Allocation l WHERE l.providerId = :p AND l.programCode = :g"
                  + " AND l.courseCode = :c AND l.state = :s ORDER BY l.createdAt, l.id",
              Allocation.class)
          .setParameter("p", providerId == null ? "" : providerId)
          .setParameter("g", programCode)
          .setParameter("c", courseCode)
          .setParameter("s", state)
          .getResultList();
    }
  }
}
