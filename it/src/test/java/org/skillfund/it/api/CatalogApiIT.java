package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.DeployedSkillfund;

@DisplayName("Catalogue REST API")
class CatalogApiIT extends DeployedSkillfund {

  private final Api api = Api.anonymous(baseUrl());

  @Test
  @DisplayName("anyone can page through at least 40 products, ordered by code, without repeats")
  void pagesThroughTheWholeCatalogue() {
    JsonNode first = api.get("api/v1/catalog/products?size=25").json();
    long total = first.get("total").asLong();
    assertTrue(total >= 40, "catalogue has " + total + " products");
    assertEquals(0, first.get("page").asInt());
    assertEquals(25, first.get("size").asInt());
    Set<String> seen = new HashSet<>();
    String previous = "";
    for (int page = 0; page * 25 < total; page++) {
      for (JsonNode item :
          api.get("api/v1/catalog/products?size=25&page=" + page).json().get("items")) {
        String code = item.get("code").asText();
        assertTrue(seen.add(code), "seen twice: " + code);
        assertTrue(code.compareTo(previous) > 0, code + " after " + previous);
        previous = code;
        for (String field :
            new String[] {"code", "title", "type", "aqfLevel", "status", "supersededBy"}) {
          assertTrue(item.has(field), field + " missing in " + item);
        }
      }
    }
    assertEquals(total, seen.size());
  }

  @Test
  @DisplayName("a search by title words finds Certificate III in Individual Support")
  void searchesByTitle() {
    Api.Reply reply = api.get("api/v1/catalog/products?q=individual%20support");
    assertEquals(200, reply.status());
    Set<String> codes = new HashSet<>();
    reply.json().get("items").forEach(i -> codes.add(i.get("code").asText()));
    assertTrue(codes.contains("CHC33021"), codes.toString());
    reply
        .json()
        .get("items")
        .forEach(
            i -> assertTrue(i.get("title").asText().toLowerCase().contains("individual support")));
  }

  @Test
  @DisplayName("filters by type, AQF level and status combine")
  void filtersCombine() {
    JsonNode items =
        api.get("api/v1/catalog/products?type=QUALIFICATION&aqfLevel=4&status=CURRENT&size=100")
            .json()
            .get("items");
    assertTrue(items.size() > 0);
    for (JsonNode item : items) {
      assertEquals("QUALIFICATION", item.get("type").asText());
      assertEquals(4, item.get("aqfLevel").asInt());
      assertEquals("CURRENT", item.get("status").asText());
    }
    JsonNode skillSets = api.get("api/v1/catalog/products?type=SKILL_SET&size=100").json();
    assertTrue(skillSets.get("total").asInt() >= 4);
    skillSets.get("items").forEach(i -> assertTrue(i.get("aqfLevel").isNull()));
  }

  @Test
  @DisplayName("a superseded product names its successor, and the successor lists what it replaced")
  void showsSupersessionBothWays() {
    JsonNode old = api.get("api/v1/catalog/products/SIT40516").json();
    assertEquals("SUPERSEDED", old.get("status").asText());
    assertEquals("SIT40521", old.get("supersededBy").asText());
    JsonNode successor = api.get("api/v1/catalog/products/SIT40521").json();
    assertEquals("Certificate IV in Kitchen Management", successor.get("title").asText());
    assertEquals("CURRENT", successor.get("status").asText());
    assertTrue(successor.get("supersedes").toString().contains("SIT40516"));
  }

  @Test
  @DisplayName("an unknown code is 404 problem+json")
  void unknownCodeIsNotFound() {
    Api.Reply reply = api.get("api/v1/catalog/products/XYZ99999");
    assertEquals(404, reply.status());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    assertEquals(404, reply.json().get("status").asInt());
    assertTrue(reply.json().get("detail").asText().contains("XYZ99999"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "10000", "abc", "-1"})
  @DisplayName("a bad page size is 400 problem+json naming the size field")
  void badSizeIsBadRequest(String size) {
    Api.Reply reply = api.get("api/v1/catalog/products?size=" + size);
    assertEquals(400, reply.status());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    JsonNode errors = reply.json().get("errors");
    assertEquals(1, errors.size());
    assertEquals("size", errors.get(0).get("field").asText());
    assertFalse(reply.body().contains("Exception"), reply.body());
  }

  @Test
  @DisplayName("every bad parameter is named at once: type, AQF level and page")
  void allBadParametersAreNamed() {
    Api.Reply reply = api.get("api/v1/catalog/products?type=COURSE&aqfLevel=11&page=x");
    assertEquals(400, reply.status());
    Set<String> fields = new HashSet<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertEquals(Set.of("type", "aqfLevel", "page"), fields);
  }

  @Test
  @DisplayName("the OpenAPI document describes the catalogue and audit endpoints")
  void openApiDocumentsTheEndpoints() {
    Api.Reply reply = Api.anonymous(baseUrl().replace("/skillfund/", "/")).get("openapi");
    assertEquals(200, reply.status());
    String document = reply.body();
    assertTrue(document.contains("/api/v1/catalog/products"), document);
    assertTrue(document.contains("/api/v1/programs/{code}/budgets/{state}/{stream}"));
    assertTrue(document.contains("/api/v1/place-applications/{id}/decision"));
    assertTrue(document.contains("/api/v1/enrolments"));
    assertTrue(document.contains("/api/v1/microcredentials"));
    assertTrue(document.contains("/api/v1/catalog/products/{code}"));
    assertTrue(document.contains("/api/v1/audit/events"));
    assertTrue(document.contains("/api/v1/audit/verify"));
  }
}
