package org.skillfund.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Messages a page bean shows: texts from the page bundle ({@code msg}), a service's refusal next to
 * the fields it names, and notices that survive a redirect.
 */
public final class PageMessages {

  private final FacesContext faces;

  private PageMessages(FacesContext faces) {
    this.faces = faces;
  }

  public static PageMessages current() {
    return new PageMessages(FacesContext.getCurrentInstance());
  }

  /** The bundle text for {@code key} with its {0}, {1}... filled in. */
  public String text(String key, Object... arguments) {
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    return new MessageFormat(msg.getString(key), Locale.ENGLISH).format(arguments);
  }

  /**
   * Shows each field problem next to the input that {@code inputs} maps its field to (or with the
   * form's messages when it maps to none), and marks the request as failed so dialogs stay open.
   */
  public void refused(InvalidRequestException refused, String formId, Map<String, String> inputs) {
    for (InvalidRequestException.FieldProblem problem : refused.problems()) {
      String input = inputs.get(problem.field());
      faces.addMessage(
          input == null ? formId : input,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), problem.message()));
      // marked invalid, the input is outlined and says so to screen readers (aria-invalid)
      if (input != null && faces.getViewRoot().findComponent(input) instanceof UIInput field) {
        field.setValid(false);
      }
    }
    faces.validationFailed();
  }

  /**
   * An error about a whole form's request, e.g. a conflict, shown by the form's {@code h:messages
   * for}; the request counts as failed.
   */
  public void error(String formId, String text) {
    faces.addMessage(formId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    faces.validationFailed();
  }

  /** A notice that a form's request was done, shown by the form's {@code h:messages for}. */
  public void done(String formId, String text) {
    faces.addMessage(formId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /**
   * A notice that something was done, shown at the top of the page the browser is redirected to
   * next (by an {@code h:messages globalOnly}).
   */
  public void doneAfterRedirect(String text) {
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }
}
