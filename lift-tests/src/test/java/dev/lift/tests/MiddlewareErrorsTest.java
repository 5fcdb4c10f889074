package dev.lift.tests;

import static dev.lift.tests.MiddlewareOrderTest.trace;
import static dev.lift.tests.support.ErrorBodies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.tests.mw.LiftMwApi;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import dev.lift.tests.support.StandardError;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exceptions on their way out through the layers: the nearest enclosing layer's {@code onError}
 * sees each one first and may answer; else recovery makes the standard error response, which every
 * outer {@code after} then sees. The recording middleware are steered with request headers (see
 * {@code dev.lift.tests.mw.Recorder}).
 */
class MiddlewareErrorsTest {
  private static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";
  private static final String TRACE = "Root=1-65a1b2c3-0123456789abcdef01234567;Sampled=1";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final LiftMwApi handler = new LiftMwApi();
  private String savedTraceProperty;
  private StandardError stderr;

  @BeforeEach
  void noTraceFromTheEnvironment() {
    assumeTrue(System.getenv("_X_AMZN_TRACE_ID") == null, "_X_AMZN_TRACE_ID is set in this environment");
    savedTraceProperty = System.clearProperty(TRACE_PROPERTY);
    stderr = StandardError.capture();
  }

  @AfterEach
  void restore() {
    stderr.close();
    if (savedTraceProperty != null) {
      System.setProperty(TRACE_PROPERTY, savedTraceProperty);
    }
  }

  @Test
  void innermostOnErrorSeesTheHandlersExceptionAndEveryAfterSeesTheErrorResponse() throws Exception {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/fail/other"));

    assertError(reply, 500, "INTERNAL");
    assertEquals(List.of("AppOuter.before", "AppInner.before", "ClassMw.before", "RouteMw.before", "handler",
        "RouteMw.onError(UnsupportedOperationException)",
        "RouteMw.after(500)", "ClassMw.after(500)", "AppInner.after(500)", "AppOuter.after(500)"), trace(reply));
    assertEquals("UnsupportedOperationException", reply.header("X-Error"));
    assertFalse(reply.body().contains("secret-detail"), reply::toString);
    assertLoggedOnce(reply, "java.lang.UnsupportedOperationException");
  }

  @Test
  void innermostOnErrorCanReplaceTheResponse() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/fail/other").header("X-Replace-On-Error", "RouteMw"));

    assertEquals(200, reply.status(), reply::toString);
    assertEquals("RouteMw replaced UnsupportedOperationException", reply.body());
    assertEquals(List.of("AppOuter.before", "AppInner.before", "ClassMw.before", "RouteMw.before", "handler",
        "RouteMw.onError(UnsupportedOperationException)",
        "RouteMw.after(200)", "ClassMw.after(200)", "AppInner.after(200)", "AppOuter.after(200)"), trace(reply));
    assertEquals("-", reply.header("X-Error"), "no recovery ran");
    assertEquals(List.of(), stderr.lines(), "the middleware answered: nothing to log");
  }

  @Test
  void outerOnErrorIsNotOfferedAnExceptionAnInnerLayerRecovered() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/fail/other").header("X-Replace-On-Error", "ClassMw"));

    assertError(reply, 500, "INTERNAL");
    assertFalse(trace(reply).stream().anyMatch(call -> call.startsWith("ClassMw.onError")), () -> trace(reply).toString());
  }

  @Test
  void handlerWithoutOwnMiddlewareFailsIntoTheApplicationLayersOnError() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/other/fail/lift"));

    assertError(reply, 422, "UNPROCESSABLE");
    assertEquals(List.of("AppOuter.before", "AppInner.before", "handler", "AppInner.onError(LiftError)",
        "AppInner.after(422)", "AppOuter.after(422)"), trace(reply));
  }

  @Test
  void bindingErrorIsOfferedToTheLayersAroundTheRoute() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/count/ten"));

    assertError(reply, 400, "BAD_REQUEST", true, null);
    assertEquals(List.of("AppOuter.before", "AppInner.before", "ClassMw.before", "ClassMw.onError(LiftError)",
        "ClassMw.after(400)", "AppInner.after(400)", "AppOuter.after(400)"), trace(reply));
  }

  @Test
  void exceptionFromAnAfterOnceTheHandlerRanBecomesTheErrorBody() {
    // RouteMw.after throws an IllegalStateException: ClassMw.onError sees it, then the class's
    // own recovery (TraceRoutes.refused) turns it into 403 REFUSED.
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/trace").header("X-Throw-In", "RouteMw.after"));

    assertError(reply, 403, "REFUSED");
    assertEquals("Refused: RouteMw.after failed", reply.json().get("message").asText());
    assertEquals(List.of("AppOuter.before", "AppInner.before", "ClassMw.before", "RouteMw.before", "RouteMw2.before",
        "handler", "RouteMw2.after(200)", "RouteMw.after(200)", "ClassMw.onError(IllegalStateException)",
        "ClassMw.after(403)", "AppInner.after(403)", "AppOuter.after(403)"), trace(reply));
    assertEquals("IllegalStateException", reply.header("X-Error"));
    assertEquals(List.of(), stderr.lines(), "a 4xx is not logged");
  }

  @Test
  void unexpectedExceptionFromAnAfterIsA500LoggedOnce() throws Exception {
    Reply reply = Lambda.invoke(handler, HttpEvent.v1("GET", "/mw/trace")
        .header("X-Throw-In", "ClassMw.after:other").header("X-Amzn-Trace-Id", TRACE));

    assertError(reply, 500, "INTERNAL", false, TRACE);
    assertEquals(List.of("ClassMw.after(200)", "AppInner.onError(UnsupportedOperationException)",
        "AppInner.after(500)", "AppOuter.after(500)"), trace(reply).subList(8, 12));
    assertLoggedOnce(reply, "java.lang.UnsupportedOperationException");
  }

  @Test
  void exceptionFromTheOutermostAfterStillAnswersTheStandardErrorBody() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/other/fail/lift").header("X-Throw-In", "AppOuter.after"));

    assertError(reply, 409, "CONFLICT");
    assertEquals("Conflict: AppOuter.after failed", reply.json().get("message").asText());
    assertNull(reply.header("X-Trace"), "no after() is left to run");
  }

  @Test
  void exceptionFromAClassBeforeSkipsTheHandlerAndReachesTheApplicationLayer() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/trace").header("X-Throw-In", "ClassMw.before"));

    assertError(reply, 403, "REFUSED");
    assertEquals(List.of("AppOuter.before", "AppInner.before", "ClassMw.before",
        "AppInner.onError(IllegalStateException)", "AppInner.after(403)", "AppOuter.after(403)"), trace(reply));
  }

  @Test
  void exceptionFromAnOnErrorGoesToTheNextLayerOut() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/fail/other").header("X-Throw-In", "RouteMw.onError"));

    assertError(reply, 403, "REFUSED");
    assertEquals("Refused: RouteMw.onError failed", reply.json().get("message").asText());
    assertEquals(List.of("handler", "RouteMw.onError(UnsupportedOperationException)",
        "ClassMw.onError(IllegalStateException)", "ClassMw.after(403)", "AppInner.after(403)",
        "AppOuter.after(403)"), trace(reply).subList(4, 10));
  }

  @Test
  void everyErrorPathCarriesTheTraceIdFromTheHeader() {
    for (String path : List.of("/mw/fail/other", "/mw/fail/state", "/mw/other/fail/missing", "/mw/nowhere")) {
      Reply reply = Lambda.invoke(handler, HttpEvent.alb("GET", path).header("X-Amzn-Trace-Id", TRACE));
      JsonNode body = reply.json();
      assertTrue(reply.status() >= 400, reply::toString);
      assertEquals(TRACE, body.path("trace_id").asText(), () -> path + ": " + body);
      assertEquals(reply.requestId(), body.path("request_id").asText(), () -> path + ": " + body);
    }
  }

  private void assertLoggedOnce(Reply reply, String exception) throws Exception {
    List<String> lines = stderr.lines();
    assertEquals(1, lines.size(), () -> "one log line: " + lines);
    JsonNode log = MAPPER.readTree(lines.get(0));
    assertEquals(reply.requestId(), log.get("request_id").asText(), log::toString);
    assertTrue(log.get("exception").asText().startsWith(exception), log::toString);
  }
}
