package dev.lift.tests;

import static dev.lift.tests.support.ErrorBodies.assertError;
import static dev.lift.tests.support.ErrorBodies.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.tests.app.LiftTestApi;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which route a request selects, and the answers when none does. */
class RoutingTest {
  private final LiftTestApi handler = new LiftTestApi();

  @Test
  void literalSegmentBeatsVariableAndGreedy() {
    assertEquals("literal", text("GET", "/p/users/me"));
  }

  @Test
  void variableSegmentBeatsGreedy() {
    assertEquals("variable:42", text("GET", "/p/users/42"));
  }

  @Test
  void greedyVariableTakesTheRestOfThePath() {
    assertEquals("greedy:42/orders/7", text("GET", "/p/users/42/orders/7"));
    assertEquals("greedy:me/x", text("GET", "/p/users/me/x"));
  }

  @Test
  void literalPrefixThatDoesNotMatchTheWholePathBacktracksToAVariable() {
    assertEquals("literal:/b/a/b/c", text("GET", "/b/a/b/c"));
    assertEquals("variable:b", text("GET", "/b/a/b/d"));
  }

  @Test
  void literalPrefixThatDoesNotMatchTheWholePathBacktracksToGreedy() {
    assertEquals("literal:/b/g/lit/end", text("GET", "/b/g/lit/end"));
    assertEquals("greedy:lit/other", text("GET", "/b/g/lit/other"));
    assertEquals("greedy:lit/end/more", text("GET", "/b/g/lit/end/more"));
  }

  @Test
  void methodMissingOnTheLiteralRouteFallsBackToAVariableRouteWithThatMethod() {
    assertEquals("put:me", text("PUT", "/p/users/me"));
  }

  @Test
  void literalsWithTheSameHashAreToldApart() {
    assertEquals("Aa", text("GET", "/h/Aa"));
    assertEquals("BB", text("GET", "/h/BB"));
    assertError(invoke(HttpEvent.v2("GET", "/h/AaBB")), 404, "NOT_FOUND");
  }

  @Test
  void exactMethodBeatsAny() {
    assertEquals("POST route", text("POST", "/m/thing"));
  }

  @Test
  void anyServesEveryOtherMethod() {
    assertEquals("ANY route:GET", text("GET", "/m/thing"));
    assertEquals("ANY route:DELETE", text("DELETE", "/m/thing"));
    assertEquals("ANY route:OPTIONS", text("OPTIONS", "/m/thing"));
  }

  @Test
  void unknownMethodIsServedByAny() {
    assertEquals("ANY route:TRACE", text("TRACE", "/m/thing"));
  }

  @Test
  void unknownMethodOnAPathWithoutAnyAnswers405() {
    Reply reply = invoke(HttpEvent.v2("TRACE", "/m/get"));
    assertError(reply, 405, "METHOD_NOT_ALLOWED");
    assertEquals("GET, HEAD", reply.header("Allow"));
  }

  @Test
  void headIsServedByTheGetRouteWithHeadersAndWithoutBody() {
    Reply reply = invoke(HttpEvent.v2("HEAD", "/m/get"));

    assertEquals(200, reply.status(), reply::toString);
    assertEquals("get", reply.header("X-Handler"), "the GET route ran");
    assertTrue(reply.header("Content-Type").startsWith("text/plain"), reply::toString);
    assertFalse(reply.has("body"), reply::toString);
    assertFalse(reply.base64());
  }

  @Test
  void headAnswerHasNoBodyInEveryEventShape() {
    Reply v1 = invoke(HttpEvent.v1("HEAD", "/m/get"));
    assertEquals(200, v1.status());
    assertEquals("get", v1.header("X-Handler"));
    assertNull(v1.body(), v1::toString);

    Reply alb = invoke(HttpEvent.alb("HEAD", "/m/get"));
    assertEquals(200, alb.status());
    assertEquals("get", alb.header("X-Handler"));
    assertEquals("", alb.body(), "ALB wants an empty body rather than none");
  }

  @Test
  void explicitHeadRouteBeatsTheGetFallback() {
    Reply reply = invoke(HttpEvent.v2("HEAD", "/m/both"));
    assertEquals(200, reply.status());
    assertEquals("head", reply.header("X-Handler"));
    assertEquals("GET both", text("GET", "/m/both"));
  }

  @Test
  void unknownPathAnswers404WithTheNotFoundBody() {
    Reply reply = invoke(HttpEvent.v2("GET", "/no/such/path"));
    assertError(reply, 404, "NOT_FOUND");
    assertTrue(message(reply).contains("/no/such/path"), reply::toString);
  }

  @Test
  void pathMatchedUnderOtherMethodsAnswers405WithAllowHeader() {
    Reply reply = invoke(HttpEvent.v2("DELETE", "/m/get"));
    assertError(reply, 405, "METHOD_NOT_ALLOWED");
    assertEquals("GET, HEAD", reply.header("Allow"));
    assertTrue(message(reply).contains("DELETE"), reply::toString);
  }

  @Test
  void allowHeaderListsTheMethodsOfEveryRouteMatchingThePath() {
    // /p/users/me matches GET /p/users/me, GET and PUT /p/users/{id} and GET /p/users/{rest+}.
    Reply reply = invoke(HttpEvent.v2("DELETE", "/p/users/me"));
    assertError(reply, 405, "METHOD_NOT_ALLOWED");
    assertEquals("GET, HEAD, PUT", reply.header("Allow"));
  }

  @Test
  void allowHeaderIsSentInEveryEventShape() {
    Reply v1 = invoke(HttpEvent.v1("POST", "/m/get"));
    assertError(v1, 405, "METHOD_NOT_ALLOWED");
    assertEquals(List.of("GET, HEAD"), v1.headerValues("Allow"));

    Reply alb = invoke(HttpEvent.alb("POST", "/m/get"));
    assertError(alb, 405, "METHOD_NOT_ALLOWED");
    assertEquals("GET, HEAD", alb.header("Allow"));
    assertEquals("405 Method Not Allowed", alb.root().get("statusDescription").asText());
  }

  @Test
  void methodNamesAreCaseSensitive() {
    Reply reply = invoke(HttpEvent.v2("get", "/m/get"));
    assertError(reply, 405, "METHOD_NOT_ALLOWED");
  }

  private String text(String method, String path) {
    Reply reply = invoke(HttpEvent.v2(method, path));
    assertEquals(200, reply.status(), () -> method + " " + path + ": " + reply);
    return reply.body();
  }

  private Reply invoke(HttpEvent event) {
    return Lambda.invoke(handler, event);
  }
}
