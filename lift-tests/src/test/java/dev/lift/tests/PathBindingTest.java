package dev.lift.tests;

import static dev.lift.tests.support.Bound.BIG;
import static dev.lift.tests.support.Bound.ID;
import static dev.lift.tests.support.Bound.assertScalars;
import static dev.lift.tests.support.ErrorBodies.assertError;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.tests.app.LiftTestApi;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @PathParam}: path variables converted like every other request string. */
class PathBindingTest {
  private final LiftTestApi handler = new LiftTestApi();

  @ParameterizedTest
  @EnumSource(HttpEvent.Kind.class)
  void everyScalarTypeIsConvertedFromThePath(HttpEvent.Kind kind) {
    assertScalars(invoke(HttpEvent.of(kind, "GET", path("hello%20world", "42", String.valueOf(BIG), "true", "2.5", ID.toString(), "GREEN"))));
  }

  @Test
  void malformedIntegerAnswers400NamingThePathParameter() {
    String message = badRequest(path("t", "forty-two", "1", "true", "1.0", ID.toString(), "RED"));
    assertTrue(message.contains("path parameter 'count'"), message);
  }

  @Test
  void malformedLongAnswers400NamingThePathParameter() {
    String message = badRequest(path("t", "1", "1.5", "true", "1.0", ID.toString(), "RED"));
    assertTrue(message.contains("path parameter 'big'"), message);
  }

  @Test
  void malformedBooleanAnswers400NamingThePathParameter() {
    String message = badRequest(path("t", "1", "1", "yes", "1.0", ID.toString(), "RED"));
    assertTrue(message.contains("path parameter 'flag'"), message);
  }

  @Test
  void malformedUuidAnswers400NamingThePathParameter() {
    String message = badRequest(path("t", "1", "1", "true", "1.0", "3f2a9c1e", "RED"));
    assertTrue(message.contains("path parameter 'id'"), message);
  }

  @Test
  void uuidWithASignInPlaceOfAHexDigitAnswers400() {
    String message = badRequest(path("t", "1", "1", "true", "1.0", "3f2a9c1e-+b7d-4e6f-9a01-5c2b7d8e9f10", "RED"));
    assertTrue(message.contains("path parameter 'id'"), message);
  }

  @Test
  void unknownEnumConstantAnswers400NamingThePathParameter() {
    String message = badRequest(path("t", "1", "1", "true", "1.0", ID.toString(), "PURPLE"));
    assertTrue(message.contains("path parameter 'color'"), message);
    assertTrue(message.contains("RED, GREEN, BLUE"), message);
  }

  private static String path(String text, String count, String big, String flag, String ratio, String id, String color) {
    return "/bind/path/" + text + "/" + count + "/" + big + "/" + flag + "/" + ratio + "/" + id + "/" + color;
  }

  private String badRequest(String path) {
    JsonNode error = assertError(invoke(HttpEvent.v2("GET", path)), 400, "BAD_REQUEST", true, null);
    return error.get("message").asText();
  }

  private Reply invoke(HttpEvent event) {
    return Lambda.invoke(handler, event);
  }
}
