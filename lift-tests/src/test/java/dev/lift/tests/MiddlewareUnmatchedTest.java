package dev.lift.tests;

import static dev.lift.tests.MiddlewareOrderTest.trace;
import static dev.lift.tests.support.ErrorBodies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * Application middleware run for requests that match no route: they see the 404 or 405 as an
 * error offered to {@code onError} and then as the standard error response, and may answer a
 * CORS preflight for any path themselves.
 */
class MiddlewareUnmatchedTest {
  private static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";
  private static final String TRACE = "Root=1-65a1b2c3-0123456789abcdef01234567;Sampled=1";

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
  void notFoundRunsTheApplicationMiddleware() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/nowhere"));

    assertError(reply, 404, "NOT_FOUND");
    assertEquals(List.of("AppOuter.before", "AppInner.before", "AppInner.onError(LiftError)",
        "AppInner.after(404)", "AppOuter.after(404)"), trace(reply));
    assertEquals("LiftError", reply.header("X-Error"), "exchange.error() after recovery");
    assertEquals("-", reply.header("X-Route-Before"), "exchange.route() when nothing matched");
    assertEquals(List.of(), stderr.lines(), "a 404 is not logged");
  }

  @Test
  void notFoundBodyCarriesTheTraceIdThroughTheMiddleware() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v1("GET", "/mw/nowhere").header("X-Amzn-Trace-Id", TRACE));

    assertError(reply, 404, "NOT_FOUND", false, TRACE);
    assertEquals("AppOuter.after(404)", trace(reply).get(trace(reply).size() - 1));
  }

  @Test
  void methodNotAllowedRunsTheApplicationMiddlewareAndKeepsTheAllowHeader() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("POST", "/mw/trace"));

    assertError(reply, 405, "METHOD_NOT_ALLOWED");
    assertEquals("GET, HEAD", reply.header("Allow"));
    assertEquals(List.of("AppOuter.before", "AppInner.before", "AppInner.onError(MethodNotAllowedError)",
        "AppInner.after(405)", "AppOuter.after(405)"), trace(reply));
    assertEquals("MethodNotAllowedError", reply.header("X-Error"));
    assertEquals("-", reply.header("X-Route-Before"));
  }

  @Test
  void applicationMiddlewareAnswersAPreflightForAPathNoRouteHas() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("OPTIONS", "/mw/unknown/path")
        .header("Origin", "https://app.example.com")
        .header("Access-Control-Request-Method", "POST"));

    assertEquals(204, reply.status(), reply::toString);
    assertEquals("*", reply.header("Access-Control-Allow-Origin"));
    assertEquals("-", reply.header("X-Preflight-Route"));
    assertNull(reply.body());
    assertEquals(List.of("AppOuter.before", "AppInner.before", "AppOuter.after(204)"), trace(reply));
    assertEquals("-", reply.header("X-Error"));
  }

  @Test
  void applicationMiddlewareAnswersAPreflightForAPathWithoutAnOptionsRoute() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v1("OPTIONS", "/mw/trace")
        .header("Origin", "https://app.example.com")
        .header("Access-Control-Request-Method", "GET"));

    assertEquals(204, reply.status(), reply::toString);
    assertEquals("-", reply.header("X-Preflight-Route"));
  }

  @Test
  void optionsThatIsNoPreflightStillAnswers404() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("OPTIONS", "/mw/unknown/path"));

    assertError(reply, 404, "NOT_FOUND");
    assertEquals("AppInner.onError(LiftError)", trace(reply).get(2));
  }

  @Test
  void applicationOnErrorCanReplaceTheNotFoundResponse() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/nowhere").header("X-Replace-On-Error", "AppInner"));

    assertEquals(200, reply.status(), reply::toString);
    assertEquals("AppInner replaced LiftError", reply.body());
    assertEquals("-", reply.header("X-Error"), "no recovery ran, so exchange.error() stays null");
  }
}
