package dev.lift.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lift.tests.mw.LiftMwApi;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The order middleware run in, and what they share through the exchange. The middleware of
 * {@code dev.lift.tests.mw} record each call; the outermost sends the record back in {@code X-Trace}.
 */
class MiddlewareOrderTest {
  private final LiftMwApi handler = new LiftMwApi();

  @ParameterizedTest
  @EnumSource(HttpEvent.Kind.class)
  void applicationThenClassThenRouteAroundTheHandlerAndBackInReverse(HttpEvent.Kind kind) {
    Reply reply = Lambda.invoke(handler, HttpEvent.of(kind, "GET", "/mw/trace"));

    assertEquals(200, reply.status(), reply::toString);
    assertEquals("handled", reply.body());
    assertEquals(List.of(
        "AppOuter.before", "AppInner.before", "ClassMw.before", "RouteMw.before", "RouteMw2.before",
        "handler",
        "RouteMw2.after(200)", "RouteMw.after(200)", "ClassMw.after(200)", "AppInner.after(200)",
        "AppOuter.after(200)"), trace(reply));
    assertEquals("-", reply.header("X-Error"));
  }

  @Test
  void routeWithoutRouteMiddlewareRunsTheApplicationAndClassOnes() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/class-only"));

    assertEquals(List.of("AppOuter.before", "AppInner.before", "ClassMw.before", "handler",
        "ClassMw.after(200)", "AppInner.after(200)", "AppOuter.after(200)"), trace(reply));
  }

  @Test
  void classMiddlewareThatAnswersEarlySkipsTheInnerLayersAndTheHandler() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/trace").header("X-Answer-Early", "ClassMw"));

    assertEquals(429, reply.status(), reply::toString);
    assertEquals("ClassMw answered", reply.body());
    // Its own after() does not run either: it answered instead of passing the request on.
    assertEquals(List.of("AppOuter.before", "AppInner.before", "ClassMw.before",
        "AppInner.after(429)", "AppOuter.after(429)"), trace(reply));
  }

  @Test
  void innermostRouteMiddlewareThatAnswersEarlySkipsOnlyTheHandler() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/trace").header("X-Answer-Early", "RouteMw2"));

    assertEquals(429, reply.status(), reply::toString);
    assertEquals(List.of("AppOuter.before", "AppInner.before", "ClassMw.before", "RouteMw.before",
        "RouteMw2.before", "RouteMw.after(429)", "ClassMw.after(429)", "AppInner.after(429)",
        "AppOuter.after(429)"), trace(reply));
  }

  @Test
  void applicationMiddlewareSeeTheMatchedRoutePattern() {
    assertEquals("GET /mw/fail/{kind}",
        Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/fail/lift")).header("X-Route-Before"));
    assertEquals("GET /mw/trace", Lambda.invoke(handler, HttpEvent.v1("GET", "/mw/trace/")).header("X-Route-Before"));
  }

  @Test
  void headRequestServedByTheGetRouteSeesTheGetPattern() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("HEAD", "/mw/exchange"));

    assertEquals(200, reply.status(), reply::toString);
    assertNull(reply.body(), reply::toString);
    assertEquals("GET /mw/exchange", reply.header("X-Route-Before"));
  }

  @Test
  void routeMethodTakesTheExchangeTheMiddlewareShare() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/exchange"));

    assertEquals(200, reply.status(), reply::toString);
    assertEquals("GET /mw/exchange|" + reply.requestId() + "|AppOuter.before,AppInner.before", reply.body());
  }

  @Test
  void eachRequestHasItsOwnExchange() {
    Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/trace"));
    Reply second = Lambda.invoke(handler, HttpEvent.v2("GET", "/mw/class-only"));

    assertEquals("AppOuter.before", trace(second).get(0));
    assertEquals(7, trace(second).size(), () -> trace(second).toString());
  }

  static List<String> trace(Reply reply) {
    String trace = reply.header("X-Trace");
    if (trace == null) {
      throw new AssertionError("No X-Trace header: the outermost after() did not run: " + reply);
    }
    return List.of(trace.split(","));
  }
}
