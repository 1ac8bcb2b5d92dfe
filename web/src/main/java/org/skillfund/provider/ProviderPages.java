package org.skillfund.provider;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.skillfund.identity.CurrentUser;
import org.skillfund.identity.Role;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.ForbiddenException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.NotFoundException;

/**
 * What the provider pages share: a service's answer shown on the page (each field problem next to
 * its input, a refusal such as a wrong state, separation of duties or a conflict of interest as a
 * page message, never a stack trace), the caller's roles, and times in words.
 */
final class ProviderPages {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private static final Logger LOG = Logger.getLogger(ProviderPages.class.getName());

  /**
   * Where a field the service names is shown on the page.
   *
   * @param clientId the input's client id, or null to show the problem as a page message
   * @param label the field's name in words, e.g. "RTO code"
   */
  record Input(String clientId, String label) {}

  private ProviderPages() {}

  /**
   * Runs a service call; when the service refuses, shows why and answers false.
   *
   * @param inputOf where each field the service may name is shown
   */
  static boolean attempt(Runnable call, Function<String, Input> inputOf) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      call.run();
      return true;
    } catch (InvalidRequestException refused) {
      // application exceptions reach the page unwrapped
      error(null, text("provider.form.problems"));
      for (InvalidRequestException.FieldProblem problem : refused.problems()) {
        Input input = inputOf.apply(problem.field());
        String label = input == null ? problem.field() : input.label();
        error(input == null ? null : input.clientId(), label + ": " + problem.message());
      }
    } catch (ConflictException | ForbiddenException | NotFoundException refused) {
      error(null, refused.getMessage());
    } catch (EJBAccessException refused) {
      error(null, refused.getMessage() == null ? text("error.403") : refused.getMessage());
    } catch (EJBException failed) {
      LOG.log(Level.WARNING, "A provider service call failed", failed);
      error(null, text("error.other"));
    }
    faces.validationFailed();
    return false;
  }

  /** A message of the bundle, with its {0}, {1} ... filled in. */
  static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    String pattern = msg.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
  }

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  static void error(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** The signed-in caller's roles, for {@link ProviderWorkflow#actionsFor}. */
  static Set<Role> rolesOf(CurrentUser user) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (user.hasRole(role.name())) {
        roles.add(role);
      }
    }
    return roles;
  }

  /** An instant to the minute in UTC, e.g. 2026-11-26 09:15 UTC; empty for none. */
  static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  /** A file size in words, e.g. 12 KB or 2.4 MB. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** An evidence file as the browser downloads it, under its stored name and media type. */
  static StreamedContent streamOf(Map.Entry<EvidenceFile, byte[]> stored) {
    byte[] content = stored.getValue();
    return DefaultStreamedContent.builder()
        .name(stored.getKey().getFileName())
        .contentType(stored.getKey().getMediaType())
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }
}
