package dev.lift.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.json.tests.app.LiftJsonApi;
import dev.lift.json.tests.support.Lambda;
import dev.lift.json.tests.support.Lambda.Reply;
import org.junit.jupiter.api.Test;

/**
 * A body that is JSON but does not fit its type answers 400 BAD_REQUEST naming the JSON path and
 * what belongs there, in the words lift-json-databind uses, through the generated handler.
 */
class BodyErrorsTest {
  private static final String ID = "\"id\":\"6f1c2a4e-0d5b-4c1e-9a7f-3b2d8e9c0a11\"";
  private final LiftJsonApi handler = new LiftJsonApi();

  @Test
  void wrongTypeDeepInsideAnswersWithItsPath() {
    Reply reply = post("/orders", "{" + ID + ",\"priority\":1,\"gift\":false,\"lines\":["
        + line("1.5") + "," + line("2") + "," + line("\"cheap\"") + "]}");

    assertMismatch(reply, "$.lines[2].price", "a number");
  }

  @Test
  void missingPrimitiveFieldAnswersWithItsPath() {
    Reply reply = post("/orders", "{" + ID + ",\"gift\":true}");

    assertMismatch(reply, "$.priority", "an integer");
  }

  @Test
  void nullForPrimitiveIsRefused() {
    assertMismatch(post("/orders", "{" + ID + ",\"gift\":true,\"priority\":null}"), "$.priority", "an integer");
  }

  @Test
  void integerOutOfRange() {
    assertMismatch(post("/orders", "{" + ID + ",\"gift\":true,\"priority\":2147483648}"), "$.priority",
        "an integer from -2147483648 to 2147483647");
  }

  @Test
  void fractionForAnInteger() {
    assertMismatch(post("/orders", "{" + ID + ",\"gift\":true,\"priority\":1.5}"), "$.priority", "an integer");
  }

  @Test
  void numberAsStringIsRefused() {
    assertMismatch(post("/orders", "{" + ID + ",\"gift\":true,\"priority\":\"1\"}"), "$.priority", "an integer");
  }

  @Test
  void unknownEnumConstantListsTheAcceptedNames() {
    Reply reply = post("/orders", "{" + ID + ",\"gift\":true,\"priority\":1,\"status\":\"SHIPPED\"}");

    assertMismatch(reply, "$.status", "one of \"NEW\", \"PAID\", \"shipped\"");
  }

  @Test
  void malformedUuid() {
    assertMismatch(post("/orders", "{\"id\":\"1-2-3-4-5\",\"gift\":true,\"priority\":1}"), "$.id", "a UUID");
  }

  @Test
  void malformedInstantSaysWhatItShouldLookLike() {
    Reply reply = post("/orders", "{" + ID + ",\"gift\":true,\"priority\":1,\"placedAt\":\"yesterday\"}");

    assertMismatch(reply, "$.placedAt", "an ISO-8601 instant such as 2024-01-31T12:00:00Z");
  }

  @Test
  void objectWhereAStringBelongs() {
    assertMismatch(post("/orders", "{" + ID + ",\"gift\":true,\"priority\":1,\"customer\":{\"a\":1}}"),
        "$.customer", "a string");
  }

  @Test
  void arrayWhereAnObjectBelongs() {
    assertMismatch(post("/orders", "[]"), "$", "an object");
  }

  @Test
  void mapKeysThatAreNotNamesUseBrackets() {
    Reply reply = post("/orders", "{" + ID + ",\"gift\":true,\"priority\":1,\"attributes\":{\"gift wrap\":1}}");

    assertMismatch(reply, "$.attributes['gift wrap']", "a string");
  }

  @Test
  void renamedFieldsAreNamedAsInJson() {
    Reply reply = post("/orders", "{" + ID + ",\"gift\":true,\"priority\":1,\"shipTo\":{\"postal_code\":12345}}");

    assertMismatch(reply, "$.shipTo.postal_code", "a string");
  }

  @Test
  void topLevelListElements() {
    assertMismatch(post("/lines", "[" + line("1") + ",{\"quantity\":\"x\"}]"), "$[1].quantity", "an integer");
  }

  @Test
  void duplicateFieldIsRefused() {
    Reply reply = post("/orders", "{" + ID + ",\"gift\":true,\"priority\":1,\"priority\":2}");

    assertMismatch(reply, "$.priority", "each field at most once");
  }

  @Test
  void duplicateMapKeyIsRefused() {
    Reply reply = post("/orders", "{" + ID + ",\"gift\":true,\"priority\":1,\"attributes\":{\"a\":\"1\",\"a\":\"2\"}}");

    assertMismatch(reply, "$.attributes.a", "each field at most once");
  }

  @Test
  void unknownFieldsAreIgnoredWhateverTheyHold() {
    Reply reply = post("/orders", "{" + ID + ",\"gift\":true,\"priority\":1,\"extra\":{\"deep\":[1,{\"x\":null}]},"
        + "\"extra\":2}");

    assertEquals(200, reply.status(), reply::toString);
  }

  @Test
  void absentOptionalIsEmptyAndAbsentObjectsAreNull() {
    Reply reply = post("/orders", "{" + ID + ",\"gift\":true,\"priority\":1}");

    assertEquals(200, reply.status(), reply::toString);
    assertEquals("null", reply.json().get("note").toString());
    assertEquals("null", reply.json().get("lines").toString());
  }

  @Test
  void scalarBodies() {
    assertEquals("\"2024-01-31T12:00:00Z\"", post("/instant", "\"2024-01-31T12:00:00Z\"").body());
    assertEquals("\"shipped\"", post("/status", "\"shipped\"").body());
    assertMismatch(post("/status", "\"SHIPPED\""), "$", "one of \"NEW\", \"PAID\", \"shipped\"");
    assertEquals("{\"a\":1,\"b\":null}", post("/counts", "{\"a\":1,\"b\":null}").body());
  }

  @Test
  void optionalBodyMayBeNull() {
    assertEquals("no order", post("/optional-order", "null").body());
  }

  private static String line(String price) {
    return "{\"sku\":\"s\",\"quantity\":1,\"price\":" + price + ",\"weight\":0.5}";
  }

  private Reply post(String path, String body) {
    return Lambda.post(handler, path, body);
  }

  static void assertMismatch(Reply reply, String path, String expected) {
    assertEquals(400, reply.status(), reply::toString);
    JsonNode error = reply.json();
    assertEquals("BAD_REQUEST", error.get("code").asText());
    assertEquals("Request body does not match the expected shape at " + path + ": expected " + expected,
        error.get("message").asText());
    assertEquals(path, error.get("details").get("path").asText());
    assertEquals(expected, error.get("details").get("expected").asText());
  }
}
