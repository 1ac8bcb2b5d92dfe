package org.skillfund.credential;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.skillfund.provider.CetModel;
import org.skillfund.provider.WorkBasedFormat;
import org.skillfund.shared.RequestInputs;

/** The JSON shapes of the micro-credential API. */
public final class MicroCredentialJson {

  private MicroCredentialJson() {}

  /** A draft as the provider sends it; enum values by name, the review date as an ISO date. */
  public record Draft(
      String title,
      String description,
      List<String> learningOutcomes,
      Integer hours,
      String deliveryMode,
      String cetModel,
      String workBasedFormat,
      String assessment,
      String industry,
      String industryEndorsement,
      Long priceCents,
      List<String> units,
      List<String> creditTowards,
      String stacking,
      String qaStatement,
      String reviewDate) {

    /** The content, with bad enum names and dates reported to {@code in}. */
    public MicroCredentialContent toContent(RequestInputs in) {
      return new MicroCredentialContent()
          .title(title)
          .description(description)
          .learningOutcomes(learningOutcomes)
          .hours(hours)
          .deliveryMode(in.choice("deliveryMode", deliveryMode, DeliveryMode.class))
          .cetModel(in.choice("cetModel", cetModel, CetModel.class))
          .workBasedFormat(in.choice("workBasedFormat", workBasedFormat, WorkBasedFormat.class))
          .assessment(assessment)
          .industry(industry)
          .industryEndorsement(industryEndorsement)
          .priceCents(priceCents)
          .units(units)
          .creditTowards(creditTowards)
          .stacking(stacking)
          .qaStatement(qaStatement)
          .reviewDate(
              in.parsed("reviewDate", reviewDate, LocalDate::parse, "an ISO date like 2027-12-31"));
    }
  }

  /** A framework criterion's outcome. */
  public record Criterion(String id, String title, boolean met, String explanation) {
    static Criterion of(FrameworkCriteria.Criterion c) {
      return new Criterion(c.id(), c.title(), c.met(), c.explanation());
    }
  }

  /** The content as shown. */
  public record Content(
      String title,
      String description,
      List<String> learningOutcomes,
      Integer hours,
      DeliveryMode deliveryMode,
      CetModel cetModel,
      WorkBasedFormat workBasedFormat,
      String assessment,
      String industry,
      String industryEndorsement,
      Long priceCents,
      List<String> units,
      List<String> creditTowards,
      String stacking,
      String qaStatement,
      LocalDate reviewDate) {
    static Content of(MicroCredentialContent c) {
      return new Content(
          c.getTitle(),
          c.getDescription(),
          c.getLearningOutcomes(),
          c.getHours(),
          c.getDeliveryMode(),
          c.getCetModel(),
          c.getWorkBasedFormat(),
          c.getAssessment(),
          c.getIndustry(),
          c.getIndustryEndorsement(),
          c.getPriceCents(),
          c.getUnits(),
          c.getCreditTowards(),
          c.getStacking(),
          c.getQaStatement(),
          c.getReviewDate());
    }
  }

  /** A micro-credential with its standing, criteria and (for signed-in callers) allowed steps. */
  public record View(
      String id,
      String providerId,
      String providerName,
      MicroCredentialStatus status,
      int submittedVersions,
      LocalDate endorsedUntil,
      String statusReason,
      Content content,
      List<Criterion> criteria,
      List<String> creditPathway,
      Set<MicroCredentialAction> actions) {
    static View of(MicroCredential m, Set<MicroCredentialAction> actions) {
      return new View(
          m.getId(),
          m.getProviderId(),
          m.getProviderName(),
          m.getStatus(),
          m.getSubmittedVersions(),
          m.getEndorsedUntil(),
          m.getStatusReason(),
          Content.of(m.getContent()),
          FrameworkCriteria.check(m.getContent()).stream().map(Criterion::of).toList(),
          m.getContent().creditPathway(),
          actions);
    }
  }

  /** A summary row of the catalogue or a list. */
  public record Summary(
      String id,
      String title,
      String providerName,
      MicroCredentialStatus status,
      String industry,
      Integer hours,
      DeliveryMode deliveryMode,
      CetModel cetModel,
      Long priceCents,
      List<String> creditTowards,
      LocalDate endorsedUntil,
      Instant submittedAt) {
    static Summary of(MicroCredential m) {
      MicroCredentialContent c = m.getContent();
      return new Summary(
          m.getId(),
          c.getTitle(),
          m.getProviderName(),
          m.getStatus(),
          c.getIndustry(),
          c.getHours(),
          c.getDeliveryMode(),
          c.getCetModel(),
          c.getPriceCents(),
          c.getCreditTowards(),
          m.getEndorsedUntil(),
          m.getSubmittedAt());
    }
  }

  /** A submitted version. */
  public record Version(int versionNo, String submittedBy, Instant submittedAt, Content content) {
    static Version of(MicroCredentialVersion v) {
      return new Version(
          v.getVersionNo(), v.getSubmittedBy(), v.getSubmittedAt(), Content.of(v.getContent()));
    }
  }

  /** One section that changed since the previous version. */
  public record Change(ReviewSection section, String before, String after) {
    static Change of(MicroCredentialContent.SectionChange c) {
      return new Change(c.section(), c.before(), c.after());
    }
  }

  /** A review comment, as sent and as shown. */
  public record Comment(
      String id, Integer versionNo, String section, String text, String author, Instant writtenAt) {
    static Comment of(ReviewComment c) {
      return new Comment(
          c.getId(),
          c.getVersionNo(),
          c.getSection().name(),
          c.getText(),
          c.getAuthor(),
          c.getWrittenAt());
    }
  }

  /** A reason (request changes, decline, retire, revoke). */
  public record Reason(String reason) {}

  /** An endorsement. */
  public record Endorsement(String reviewDate, String note) {}

  /** One completion as the provider sends it. */
  public record Completion(
      String usi, String learnerName, String learnerUsername, String completedOn) {}

  /** An issued credential's record. */
  public record Issued(
      String id,
      String microCredentialId,
      String usi,
      String learnerName,
      String learnerUsername,
      LocalDate completedOn,
      Instant issuedAt,
      int statusIndex,
      boolean revoked,
      String revokedReason) {
    static Issued of(IssuedCredential c) {
      return new Issued(
          c.getId(),
          c.getMicroCredentialId(),
          c.getUsi(),
          c.getLearnerName(),
          c.getLearnerUsername(),
          c.getCompletedOn(),
          c.getIssuedAt(),
          c.getStatusIndex(),
          c.isRevoked(),
          c.getRevokedReason());
    }
  }

  static String upper(String s) {
    return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
  }
}
