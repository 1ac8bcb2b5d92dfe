package org.skillfund.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.skillfund.eligibility.EmploymentStatus;
import org.skillfund.eligibility.Residency;
import org.skillfund.identity.Callers;
import org.skillfund.identity.Role;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.ForbiddenException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.NotFoundException;

/**
 * Bulk enrolment from a provider's CSV file. Each row is enrolled on its own, in its own
 * transaction, exactly as a single enrolment is (eligibility, ledger, place, confirmation mail): an
 * accepted row is complete, a rejected row changed nothing, and the report says which is which and
 * why. Rows are matched to the caller's allocation of the same program, course and state whose
 * period holds the start date.
 */
@Stateless
public class EnrolmentImport {

  /**
   * One row's outcome.
   *
   * @param line the line in the file
   * @param usi the learner's USI as given
   * @param enrolmentId the enrolment made, for an accepted row
   * @param reason why the row was rejected, or null
   */
  public record RowResult(int line, String usi, String enrolmentId, String reason) {
    public boolean accepted() {
      return enrolmentId != null;
    }
  }

  /** What happened to every row. */
  public record Report(int accepted, int rejected, List<RowResult> rows) {}

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private EnrolmentService enrolments;

  @EJB private Callers callers;

  /** Enrols every row it can; refuses a file without the header (400). */
  @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_STAFF})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report importCsv(String csv) {
    String providerId = callers.current().providerId();
    List<EnrolmentCsv.Row> rows;
    try {
      rows = EnrolmentCsv.rows(csv);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of("file", e.getMessage());
    }
    if (rows.size() > 10_000) {
      throw InvalidRequestException.of("file", "at most 10,000 rows per file");
    }
    List<RowResult> results = new ArrayList<>();
    for (EnrolmentCsv.Row row : rows) {
      results.add(one(row, providerId));
    }
    int accepted = (int) results.stream().filter(RowResult::accepted).count();
    return new Report(accepted, results.size() - accepted, results);
  }

  private RowResult one(EnrolmentCsv.Row row, String providerId) {
    if (row.problem() != null) {
      return new RowResult(row.line(), null, null, row.problem());
    }
    List<String> problems = new ArrayList<>();
    LocalDate born = date(row.field(3), "date_of_birth", problems);
    LocalDate start = date(row.field(6), "start_date", problems);
    Residency residency = choice(row.field(9), Residency.class, "residency", problems);
    EmploymentStatus employment =
        choice(row.field(10), EmploymentStatus.class, "employment_status", problems);
    String school = row.field(11);
    Integer level = null;
    if (row.field(12) != null) {
      try {
        level = Integer.valueOf(row.field(12));
      } catch (NumberFormatException e) {
        problems.add("highest_aqf_level must be a whole number");
      }
    }
    String allocationId = null;
    if (problems.isEmpty()) {
      allocationId = allocationFor(providerId, row.field(8), row.field(5), row.field(7), start);
      if (allocationId == null) {
        problems.add(
            "no allocation of yours for "
                + row.field(5)
                + " in "
                + row.field(7)
                + " under "
                + row.field(8)
                + " covers "
                + start);
      }
    }
    if (!problems.isEmpty()) {
      return new RowResult(row.line(), row.usi(), null, String.join("; ", problems));
    }
    try {
      Enrolment enrolment =
          enrolments.enrol(
              new EnrolmentInput(
                  allocationId,
                  new LearnerIdentity(row.usi(), row.field(1), row.field(2), born, row.field(4)),
                  start,
                  residency,
                  employment,
                  "true".equalsIgnoreCase(school) || "y".equalsIgnoreCase(school),
                  level));
      return new RowResult(row.line(), row.usi(), enrolment.getId(), null);
    } catch (InvalidRequestException e) {
      return new RowResult(
          row.line(),
          row.usi(),
          null,
          e.problems().stream()
              .map(p -> p.field() + " " + p.message())
              .collect(Collectors.joining("; ")));
    } catch (ConflictException | NotFoundException | ForbiddenException e) {
      return new RowResult(row.line(), row.usi(), null, e.getMessage());
    } catch (EJBException e) {
      return new RowResult(
          row.line(), row.usi(), null, "could not be enrolled (a system error); try the row again");
    }
  }

  private String allocationFor(
      String providerId, String program, String course, String state, LocalDate start) {
    List<String> ids =
        em.createQuery(
                "SELECT l.id FROM Allocation l WHERE l.providerId = :p AND l.programCode = :g"
                    + " AND l.courseCode = :c AND l.state = :s AND l.periodFrom <= :d"
                    + " AND l.periodTo >= :d ORDER BY l.createdAt, l.id",
                String.class)
            .setParameter("p", providerId == null ? "" : providerId)
            .setParameter("g", program)
            .setParameter("c", course)
            .setParameter("s", state(state))
            .setParameter("d", start)
            .getResultList();
    return ids.isEmpty() ? null : ids.get(0);
  }

  private static org.skillfund.shared.AustralianState state(String value) {
    try {
      return org.skillfund.shared.AustralianState.valueOf(
          value == null ? "" : value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static LocalDate date(String value, String field, List<String> problems) {
    try {
      return LocalDate.parse(value == null ? "" : value);
    } catch (DateTimeParseException e) {
      problems.add(field + " must be a date as YYYY-MM-DD");
      return null;
    }
  }

  private static <E extends Enum<E>> E choice(
      String value, Class<E> type, String field, List<String> problems) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(field + " is not one of the allowed values");
      return null;
    }
  }
}
