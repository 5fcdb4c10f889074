package dev.lift.tests;

import static dev.lift.tests.support.Bound.BIG;
import static dev.lift.tests.support.Bound.ID;
import static dev.lift.tests.support.Bound.assertAllEmpty;
import static dev.lift.tests.support.Bound.assertScalars;
import static dev.lift.tests.support.Bound.strings;
import static dev.lift.tests.support.ErrorBodies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.tests.app.LiftTestApi;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @HeaderParam}: case-insensitive names, values never split on commas. */
class HeaderBindingTest {
  private final LiftTestApi handler = new LiftTestApi();

  @ParameterizedTest
  @EnumSource(HttpEvent.Kind.class)
  void everyScalarTypeIsConvertedFromHeaders(HttpEvent.Kind kind) {
    assertScalars(invoke(allScalars(HttpEvent.of(kind, "GET", "/bind/header"))));
  }

  @Test
  void headerNamesMatchCaseInsensitively() {
    // REST API keeps the client's spelling; the route asks for X-Text, X-Count and so on.
    HttpEvent event = HttpEvent.v1("GET", "/bind/header")
        .header("x-TEXT", "hello world")
        .header("X-COUNT", "42")
        .header("x-big", String.valueOf(BIG))
        .header("X-Flag", "TRUE")
        .header("x-Ratio", "2.5")
        .header("X-ID", ID.toString())
        .header("x-color", "GREEN");
    assertScalars(invoke(event));
  }

  @Test
  void absentOptionalHeadersAreEmpty() {
    assertAllEmpty(invoke(HttpEvent.v2("GET", "/bind/header/optional")));
  }

  @Test
  void presentOptionalHeadersAreConverted() {
    assertScalars(invoke(allScalars(HttpEvent.v2("GET", "/bind/header/optional"))));
  }

  @Test
  void listHeaderFromRestApiMultiValueHeadersKeepsEveryValueInOrder() {
    Reply reply = invoke(HttpEvent.v1("GET", "/bind/header/list")
        .header("X-Count", "3").header("X-Count", "1").header("X-Text", "a").header("x-text", "b"));
    assertEquals(200, reply.status(), reply::toString);
    assertEquals(List.of("3", "1"), strings(reply.json(), "count"));
    assertEquals(List.of("a", "b"), strings(reply.json(), "text"));
  }

  @Test
  void listHeaderFromAlbMultiValueHeadersKeepsEveryValueInOrder() {
    Reply reply = invoke(HttpEvent.albMultiValue("GET", "/bind/header/list")
        .header("X-Color", "RED").header("X-Color", "BLUE"));
    assertEquals(List.of("RED", "BLUE"), strings(reply.json(), "color"));
  }

  @Test
  void httpApiHeaderWithACommaStaysOneValue() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/header/list").header("X-Text", "a,b"));
    assertEquals(List.of("a,b"), strings(reply.json(), "text"));
  }

  @Test
  void restApiHeaderWithACommaStaysOneValue() {
    Reply reply = invoke(HttpEvent.v1("GET", "/bind/header/list").header("X-Text", "a, b"));
    assertEquals(List.of("a, b"), strings(reply.json(), "text"));
  }

  @Test
  void absentListHeaderIsEmpty() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/header/list"));
    assertEquals(List.of(), strings(reply.json(), "count"));
  }

  @Test
  void missingRequiredHeaderAnswers400NamingIt() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/tenant").cookie("session=s1"));
    JsonNode error = assertError(reply, 400, "BAD_REQUEST", true, null);
    assertTrue(error.get("message").asText().contains("header 'X-Tenant'"), error::toString);
  }

  @Test
  void malformedHeaderAnswers400NamingIt() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/header/optional").header("X-Count", "many"));
    JsonNode error = assertError(reply, 400, "BAD_REQUEST", true, null);
    assertTrue(error.get("message").asText().contains("header 'X-Count'"), error::toString);
  }

  @Test
  void malformedListHeaderElementAnswers400NamingIt() {
    Reply reply = invoke(HttpEvent.v1("GET", "/bind/header/list").header("X-Id", ID.toString()).header("X-Id", "nope"));
    JsonNode error = assertError(reply, 400, "BAD_REQUEST", true, null);
    assertTrue(error.get("message").asText().contains("header 'X-Id'"), error::toString);
  }

  private static HttpEvent allScalars(HttpEvent event) {
    return event
        .header("X-Text", "hello world")
        .header("X-Count", "42")
        .header("X-Big", String.valueOf(BIG))
        .header("X-Flag", "true")
        .header("X-Ratio", "2.5")
        .header("X-Id", ID.toString())
        .header("X-Color", "GREEN");
  }

  private Reply invoke(HttpEvent event) {
    return Lambda.invoke(handler, event);
  }
}
