package org.skillfund.credential;

import java.time.LocalDate;
import java.util.List;
import org.skillfund.provider.CetModel;

/** Test data: a micro-credential that meets every framework criterion. */
final class Samples {

  private Samples() {}

  static MicroCredentialContent infectionControl() {
    return new MicroCredentialContent()
        .title("Infection control for retail workers")
        .description("Hand hygiene, PPE and cleaning for customer-facing staff.")
        .learningOutcomes(List.of("Apply hand hygiene", "Use PPE correctly"))
        .hours(12)
        .deliveryMode(DeliveryMode.BLENDED)
        .cetModel(CetModel.INSTITUTION_BASED)
        .assessment("Observed demonstration and a short quiz")
        .industry("Retail")
        .industryEndorsement("Endorsed by the National Retail Association")
        .priceCents(9900L)
        .units(List.of("HLTINF001"))
        .creditTowards(List.of("CHC33021"))
        .stacking("Stacks with the PPE micro-credential into the HLTSS00065 skill set")
        .qaStatement("Moderated by our RTO's quality team each term")
        .reviewDate(LocalDate.of(2027, 12, 31));
  }
}
