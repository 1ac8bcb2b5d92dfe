package org.skillfund.placement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.shared.Problem;

/**
 * The program dashboard and its exports. The root path is more specific than {@code v1/programs},
 * so only these addresses reach this class; the format is the file extension: none for JSON, {@code
 * .csv}, {@code .xlsx} or {@code .pdf}.
 */
@RequestScoped
@Path("v1/programs/{code}/dashboard{format: (\\.(csv|xlsx|pdf))?}")
@Tag(name = "Programs", description = "Funding programs, budgets and their versions")
public class DashboardResource {

  @EJB private DashboardService dashboards;

  @GET
  @Operation(
      summary =
          "A program's dashboard (program managers, officers, delegates, auditors): budgets"
              + " committed, spent and remaining by state and stream, places allocated against"
              + " targets, applications by workflow state and time to decision. dashboard is"
              + " JSON; dashboard.csv one CSV table (RFC 4180, one measure per row);"
              + " dashboard.xlsx a workbook; dashboard.pdf a one-page summary")
  @APIResponse(
      responseCode = "200",
      description = "The dashboard in the format the extension names",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DashboardJson.Program.class)),
        @Content(mediaType = "text/csv"),
        @Content(mediaType = DashboardSpreadsheet.MEDIA_TYPE),
        @Content(mediaType = DashboardPdf.MEDIA_TYPE)
      })
  @APIResponse(
      responseCode = "403",
      description = "The caller's role may not read program dashboards",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such program",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response dashboard(
      @PathParam("code") String code,
      @Parameter(description = "empty, .csv, .xlsx or .pdf") @PathParam("format") String format) {
    ProgramDashboard d = dashboards.program(code);
    return switch (format == null ? "" : format) {
      case ".csv" -> file(DashboardCsv.of(d), DashboardCsv.MEDIA_TYPE, d, "csv");
      case ".xlsx" ->
          file(
              DashboardSpreadsheet.of(d, new DashboardLabels()),
              DashboardSpreadsheet.MEDIA_TYPE,
              d,
              "xlsx");
      case ".pdf" ->
          file(DashboardPdf.of(d, new DashboardLabels()), DashboardPdf.MEDIA_TYPE, d, "pdf");
      default -> Response.ok(DashboardJson.Program.of(d), MediaType.APPLICATION_JSON_TYPE).build();
    };
  }

  private static Response file(
      byte[] content, String mediaType, ProgramDashboard d, String extension) {
    return Response.ok(content, mediaType)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + fileName(d.programCode(), extension) + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** {@code JT-2026-dashboard.csv}: only letters, digits, dots, dashes and underscores. */
  static String fileName(String programCode, String extension) {
    return programCode.replaceAll("[^A-Za-z0-9._-]", "_") + "-dashboard." + extension;
  }
}
