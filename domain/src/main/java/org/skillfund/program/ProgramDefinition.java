package org.skillfund.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.skillfund.shared.AustralianState;

/**
 * What a program manager defines for a program. Amounts are in cents.
 *
 * @param code short unique code, e.g. JT-2027
 * @param name the program's name
 * @param ruleProgramCode the eligibility program whose rule sets decide who may take a place
 * @param opensOn first day of the application window
 * @param closesOn last day of the application window
 * @param feeRule what learners may be charged
 * @param feeCapCents the fee cap the rule refers to
 * @param providerCapCents the most one provider may be committed under the program
 * @param streams funding streams
 * @param budgets the budget of each state and stream
 * @param courses eligible courses by state with their priority flag
 * @param prices the subsidy per place of each course
 * @param targets places aimed for by state
 */
public record ProgramDefinition(
    @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,29}", message = "{skillfund.program.code}")
        String code,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 30) String ruleProgramCode,
    @NotNull LocalDate opensOn,
    @NotNull LocalDate closesOn,
    @NotNull FeeRule feeRule,
    @PositiveOrZero long feeCapCents,
    @Min(1) long providerCapCents,
    @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid Stream> streams,
    @NotNull @Size(max = 200) List<@NotNull @Valid Budget> budgets,
    @NotNull @Size(max = 5000) List<@NotNull @Valid Course> courses,
    @NotNull @Size(max = 1000) List<@NotNull @Valid Price> prices,
    @NotNull @Size(max = 8) List<@NotNull @Valid Target> targets) {

  /** A funding stream. */
  public record Stream(
      @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,20}", message = "{skillfund.program.streamCode}")
          String code,
      @NotBlank @Size(max = 120) String name) {}

  /** The budget of one state and stream. */
  public record Budget(
      @NotNull AustralianState state, @NotBlank String streamCode, @PositiveOrZero long cents) {}

  /** A course the program funds in a state. */
  public record Course(
      @NotBlank @Size(max = 12) String courseCode,
      @NotNull AustralianState state,
      boolean priority) {}

  /** The subsidy per place of a course. */
  public record Price(
      @NotBlank @Size(max = 12) String courseCode,
      @PositiveOrZero long commencementCents,
      @PositiveOrZero long completionCents) {}

  /** Places aimed for in a state. */
  public record Target(@NotNull AustralianState state, @Min(0) @Max(10_000_000) int places) {}
}
