package org.skillfund.provider;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.ResourceBundle;

/**
 * Checks an ABN typed into a page with the same check-digit rule the services use; spaces between
 * the digits are allowed, as on an ABN certificate.
 */
@FacesValidator("skillfund.abn")
public class AbnFacesValidator implements Validator<String> {

  @Override
  public void validate(FacesContext faces, UIComponent component, String value) {
    if (value == null || value.isBlank() || AbnValidator.isValidAbn(value.strip())) {
      return;
    }
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    String text = msg.getString("provider.abn.invalid");
    throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }
}
