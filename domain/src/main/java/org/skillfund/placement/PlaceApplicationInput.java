package org.skillfund.placement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.skillfund.provider.CetModel;
import org.skillfund.provider.WorkBasedFormat;
import org.skillfund.shared.AustralianState;

/**
 * What a provider fills in on a place application; the service checks it against the program, the
 * catalogue and the provider's approved scope.
 *
 * @param programCode the funding program
 * @param streamCode the program's funding stream
 * @param periodFrom first day places may start
 * @param periodTo last day places may start
 * @param justification why the places are needed
 * @param industryPartners employers and industry bodies involved
 * @param lines places per course and state with the delivery plan
 */
public record PlaceApplicationInput(
    @NotBlank @Size(max = 30) String programCode,
    @NotBlank @Size(max = 20) String streamCode,
    @NotNull LocalDate periodFrom,
    @NotNull LocalDate periodTo,
    @NotBlank @Size(max = 4000) String justification,
    @Size(max = 1000) String industryPartners,
    @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Line> lines) {

  /**
   * One line: places of one course in one state.
   *
   * @param courseCode national code of a course on the provider's scope
   * @param state where the places are delivered
   * @param places how many places
   * @param cetModel the CET delivery model
   * @param workBasedFormat the work-based learning format, for a work-based model only
   * @param locations training locations
   * @param startDates planned start dates, in words ("February and July 2027")
   */
  public record Line(
      @NotBlank @Size(max = 12) String courseCode,
      @NotNull AustralianState state,
      @Min(1) @Max(100000) int places,
      @NotNull CetModel cetModel,
      WorkBasedFormat workBasedFormat,
      @NotBlank @Size(max = 500) String locations,
      @NotBlank @Size(max = 300) String startDates) {}
}
