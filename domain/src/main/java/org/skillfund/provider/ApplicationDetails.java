package org.skillfund.provider;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.skillfund.shared.AustralianState;

/**
 * What a provider fills in on its application. A draft may be incomplete; {@link
 * ProviderApplication#missingForSubmission} says what a submission still needs.
 *
 * @param legalName the organisation's legal name
 * @param abn 11 digits, check digits valid
 * @param rtoCode national RTO code, 4-5 digits
 * @param contactName the person the department talks to
 * @param contactEmail their e-mail
 * @param contactPhone their phone
 * @param deliveryStates where it delivers
 * @param products what it asks to deliver with funding
 */
public record ApplicationDetails(
    @Size(max = 200) String legalName,
    @Abn String abn,
    @Pattern(regexp = "\\d{4,5}", message = "{skillfund.provider.rtoCode}") String rtoCode,
    @Size(max = 120) String contactName,
    @Email @Size(max = 254) String contactEmail,
    @Pattern(regexp = "[0-9 +()-]{8,20}", message = "{skillfund.provider.phone}")
        String contactPhone,
    @NotNull Set<AustralianState> deliveryStates,
    @NotNull @Size(max = 50) List<@Valid ProductRequest> products) {

  /** The same details with any spaces taken out of the ABN ("51 824 753 556" as typed). */
  public ApplicationDetails withAbnDigitsOnly() {
    return new ApplicationDetails(
        legalName,
        abn == null ? null : abn.replace(" ", ""),
        rtoCode,
        contactName,
        contactEmail,
        contactPhone,
        deliveryStates,
        products);
  }

  /**
   * One product asked for.
   *
   * @param productCode national code from the catalogue
   * @param cetModel the CET delivery model
   * @param workBasedFormat the work-based learning format; required for a work-based model, absent
   *     for an institution-based one
   */
  public record ProductRequest(
      @NotNull @Size(max = 12) String productCode,
      @NotNull CetModel cetModel,
      WorkBasedFormat workBasedFormat) {}
}
