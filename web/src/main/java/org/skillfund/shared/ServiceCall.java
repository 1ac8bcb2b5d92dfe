package org.skillfund.shared;

import jakarta.ejb.EJBAccessException;
import java.util.Map;

/**
 * A page's call of a service that may refuse: field problems are shown next to the inputs they
 * name, any other refusal (a wrong state, four eyes, a budget exhausted, a role not allowed) as a
 * message of the form; the answer says whether the call was done.
 */
public final class ServiceCall {

  private ServiceCall() {}

  /**
   * Runs {@code call}; on a refusal shows why and answers false.
   *
   * @param formId the client id whose {@code h:messages for} shows refusals that name no input
   * @param inputs the client id of the input for each field the service may name
   */
  public static boolean attempt(Runnable call, String formId, Map<String, String> inputs) {
    PageMessages messages = PageMessages.current();
    try {
      call.run();
      return true;
    } catch (InvalidRequestException refused) {
      messages.refused(refused, formId, inputs);
    } catch (ConflictException | ForbiddenException | NotFoundException refused) {
      messages.error(formId, refused.getMessage());
    } catch (EJBAccessException refused) {
      messages.error(formId, messages.text("error.403"));
    }
    return false;
  }
}
