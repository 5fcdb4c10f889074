package dev.lift.tests;

import static dev.lift.tests.support.Bound.BIG;
import static dev.lift.tests.support.Bound.ID;
import static dev.lift.tests.support.Bound.assertAllEmpty;
import static dev.lift.tests.support.Bound.assertScalars;
import static dev.lift.tests.support.ErrorBodies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.tests.app.LiftTestApi;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code @CookieParam}: from the 2.0 {@code cookies} array, and from the {@code Cookie} header
 * of REST API and ALB events.
 */
class CookieBindingTest {
  private final LiftTestApi handler = new LiftTestApi();

  @ParameterizedTest
  @EnumSource(HttpEvent.Kind.class)
  void everyScalarTypeIsConvertedFromCookies(HttpEvent.Kind kind) {
    assertScalars(invoke(allScalars(HttpEvent.of(kind, "GET", "/bind/cookie"))));
  }

  @Test
  void httpApiCookiesArrayIsRead() {
    HttpEvent event = allScalars(HttpEvent.v2("GET", "/bind/cookie"));
    assertTrue(event.json().contains("\"cookies\""), "the 2.0 event carries a cookies array");
    assertScalars(invoke(event));
  }

  @Test
  void cookieHeaderIsReadInAnHttpApiEventToo() {
    HttpEvent event = HttpEvent.v2("GET", "/bind/tenant")
        .header("X-Tenant", "t1")
        .header("Cookie", "other=1; session=abc");
    Reply reply = invoke(event);
    assertEquals(200, reply.status(), reply::toString);
    assertEquals("t1/abc", reply.body());
  }

  @Test
  void cookieValueMayContainEqualsSigns() {
    Reply reply = invoke(HttpEvent.v1("GET", "/bind/tenant").header("X-Tenant", "t1").cookie("session=a=b=="));
    assertEquals("t1/a=b==", reply.body());
  }

  @Test
  void absentOptionalCookiesAreEmpty() {
    assertAllEmpty(invoke(HttpEvent.v2("GET", "/bind/cookie/optional").cookie("unrelated=1")));
  }

  @Test
  void presentOptionalCookiesAreConverted() {
    assertScalars(invoke(allScalars(HttpEvent.alb("GET", "/bind/cookie/optional"))));
  }

  @Test
  void missingRequiredCookieAnswers400NamingIt() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/tenant").header("X-Tenant", "t1"));
    JsonNode error = assertError(reply, 400, "BAD_REQUEST", true, null);
    assertTrue(error.get("message").asText().contains("cookie 'session'"), error::toString);
  }

  @Test
  void malformedCookieAnswers400NamingIt() {
    Reply reply = invoke(HttpEvent.v1("GET", "/bind/cookie/optional").cookie("count=lots"));
    JsonNode error = assertError(reply, 400, "BAD_REQUEST", true, null);
    assertTrue(error.get("message").asText().contains("cookie 'count'"), error::toString);
  }

  private static HttpEvent allScalars(HttpEvent event) {
    return event
        .cookie("text=hello world")
        .cookie("count=42")
        .cookie("big=" + BIG)
        .cookie("flag=true")
        .cookie("ratio=2.5")
        .cookie("id=" + ID)
        .cookie("color=GREEN");
  }

  private Reply invoke(HttpEvent event) {
    return Lambda.invoke(handler, event);
  }
}
