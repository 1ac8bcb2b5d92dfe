package org.skillfund.eligibility;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.ResourceBundle;
import org.skillfund.shared.UsiValidator;

/** Checks a USI typed into a page with the same check-character rule the services use. */
@FacesValidator("skillfund.usi")
public class UsiFacesValidator implements Validator<String> {

  @Override
  public void validate(FacesContext faces, UIComponent component, String value) {
    if (value == null || value.isBlank() || UsiValidator.isValidUsi(value.strip())) {
      return;
    }
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    String text = msg.getString("eligibility.usi.invalid");
    throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }
}
