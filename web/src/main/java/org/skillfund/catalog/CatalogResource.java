package org.skillfund.catalog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.shared.PageRequest;
import org.skillfund.shared.PageResponse;
import org.skillfund.shared.Problem;
import org.skillfund.shared.RequestInputs;

/** The training product catalogue, open to everyone. */
@RequestScoped
@Path("v1/catalog/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Catalogue",
    description =
        "National training products: qualifications, skill sets, units, accredited courses")
public class CatalogResource {

  @EJB private CatalogService catalog;

  @GET
  @Timed(name = "catalogSearch", description = "Time to answer a catalogue search")
  @Operation(summary = "Search the catalogue by code or title, with optional filters; paged")
  @APIResponse(responseCode = "200", description = "One page of matching products, ordered by code")
  @APIResponse(
      responseCode = "400",
      description = "A parameter is out of range or not one of the allowed values",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PageResponse<ProductSummary> search(
      @Parameter(description = "Words in the code or title, e.g. individual support")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "QUALIFICATION, SKILL_SET, UNIT or ACCREDITED_COURSE",
              schema = @Schema(implementation = ProductType.class))
          @QueryParam("type")
          String type,
      @Parameter(
              description = "AQF level 1 to 10",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10"))
          @QueryParam("aqfLevel")
          String aqfLevel,
      @Parameter(
              description = "CURRENT, SUPERSEDED or DELETED",
              schema = @Schema(implementation = ProductStatus.class))
          @QueryParam("status")
          String status,
      @Parameter(
              description = "Page number from 0",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Page size, 1 to 100",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam("size")
          String size) {
    RequestInputs parameters = new RequestInputs();
    ProductQuery query =
        new ProductQuery(
            parameters.text("q", q, 200),
            parameters.choice("type", type, ProductType.class),
            parameters.integer("aqfLevel", aqfLevel, AqfLevel.MIN, AqfLevel.MAX),
            parameters.choice("status", status, ProductStatus.class));
    PageRequest request = parameters.page(page, size);
    parameters.check();
    return PageResponse.of(catalog.search(query, request).map(ProductSummary::of));
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One product by its national code, with its supersession")
  @APIResponse(responseCode = "200", description = "The product")
  @APIResponse(
      responseCode = "404",
      description = "No product has this code",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response find(
      @Parameter(description = "National code, e.g. CHC33021") @PathParam("code") String code) {
    return catalog
        .find(code.strip().toUpperCase(Locale.ROOT))
        .map(p -> Response.ok(ProductDetail.of(p, catalog.supersededBy(p.getCode()))).build())
        .orElseThrow(() -> Problem.notFound("No training product has the code '" + code + "'."));
  }
}
