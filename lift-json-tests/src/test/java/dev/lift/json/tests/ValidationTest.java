package dev.lift.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.json.tests.app.LiftJsonApi;
import dev.lift.json.tests.support.Lambda;
import dev.lift.json.tests.support.Lambda.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation constraints compiled into the generated codecs: a body that violates any answers
 * 400 VALIDATION_FAILED listing every violation with its JSON path, in declaration order.
 */
class ValidationTest {
  private static final String VALID = "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"password\":\"correct horse\","
      + "\"age\":36,\"address\":{\"street\":\"1 Main St\",\"postal_code\":\"12345\"},\"tags\":[\"a\"],"
      + "\"deposit\":10.5,\"country\":\"GB\",\"terms\":true,\"others\":{},\"code\":\"ABC\"}";

  private final LiftJsonApi handler = new LiftJsonApi();

  @Test
  void validBodyPasses() {
    Reply reply = Lambda.post(handler, "/signups", VALID);

    assertEquals(200, reply.status(), reply::toString);
    assertEquals("welcome Ada", reply.body());
  }

  @Test
  void everyViolationIsListedWithItsPath() {
    Reply reply = Lambda.post(handler, "/signups", "{\"name\":\"  \",\"email\":\"not an address\",\"password\":\"short\","
        + "\"age\":12,\"address\":{\"street\":\"\",\"postal_code\":\"1234\"},\"tags\":[\"a\",\" \"],"
        + "\"deposit\":0,\"country\":\"gb\",\"terms\":false,"
        + "\"others\":{\"home town\":{\"street\":null}},\"code\":\"ABCD\"}");

    assertEquals(400, reply.status(), reply::toString);
    JsonNode error = reply.json();
    assertEquals("VALIDATION_FAILED", error.get("code").asText());
    assertEquals("Request body failed validation at $.name: must not be blank (and 11 more)",
        error.get("message").asText());
    assertEquals(List.of(
        "$.name: must not be blank",
        "$.email: must be a well-formed email address",
        "$.password: must have at least 8 characters",
        "$.age: must be greater than or equal to 18",
        "$.address.street: must not be blank",
        "$.address.postal_code: must match \"[0-9]{5}\"",
        "$.tags[1]: must not be blank",
        "$.deposit: must be greater than 0",
        "$.country: must match \"[A-Z]{2}\"",
        "$.terms: must be true",
        "$.others['home town'].street: must not be blank",
        "$.code: size must be between 0 and 3"), violations(error));
  }

  @Test
  void requiredObjectsAndEmptyCollections() {
    Reply reply = Lambda.post(handler, "/signups", VALID.replace("\"tags\":[\"a\"]", "\"tags\":[]")
        .replace("\"address\":{\"street\":\"1 Main St\",\"postal_code\":\"12345\"}", "\"address\":null")
        .replace("\"email\":\"ada@example.com\"", "\"email\":null"));

    assertEquals(List.of("$.email: must not be null", "$.address: must not be null", "$.tags: must not be empty"),
        violations(reply.json()));
  }

  @Test
  void upperBoundsOfSizesAndDecimals() {
    Reply reply = Lambda.post(handler, "/signups", VALID.replace("\"Ada\"", "\"" + "a".repeat(21) + "\"")
        .replace("10.5", "10000.01").replace("36", "131"));

    assertEquals(List.of("$.name: size must be between 0 and 20", "$.age: must be less than or equal to 130",
        "$.deposit: must be less than or equal to 10000.00"), violations(reply.json()));
  }

  @Test
  void nestedListElementsAreCheckedThroughValid() {
    Reply reply = Lambda.post(handler, "/orders", "{\"id\":\"6f1c2a4e-0d5b-4c1e-9a7f-3b2d8e9c0a11\",\"gift\":true,"
        + "\"priority\":1,\"lines\":[{\"quantity\":1,\"price\":1,\"weight\":1},{\"quantity\":1,\"price\":-1,\"weight\":1}]}");

    assertEquals(List.of("$.lines[1].price: must be greater than 0"), violations(reply.json()));
  }

  @Test
  void elementsOfATopLevelListAreChecked() {
    Reply reply = Lambda.post(handler, "/lines", "[{\"quantity\":1,\"price\":0,\"weight\":1}]");

    assertEquals(List.of("$[0].price: must be greater than 0"), violations(reply.json()));
  }

  @Test
  void shapeErrorsComeBeforeValidation() {
    Reply reply = Lambda.post(handler, "/signups", VALID.replace("36", "\"old\""));

    assertEquals("BAD_REQUEST", reply.json().get("code").asText());
  }

  private static List<String> violations(JsonNode error) {
    assertEquals("VALIDATION_FAILED", error.get("code").asText(), error::toString);
    List<String> violations = new ArrayList<>();
    error.get("details").forEach(v -> violations.add(v.get("path").asText() + ": " + v.get("message").asText()));
    return violations;
  }
}
