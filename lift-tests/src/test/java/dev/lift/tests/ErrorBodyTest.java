package dev.lift.tests;

import static dev.lift.tests.support.ErrorBodies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.runtime.LiftConfig;
import dev.lift.tests.app.ErrorRoutes;
import dev.lift.tests.app.LiftTestApi;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import dev.lift.tests.support.StandardError;
import dev.lift.tests.support.TestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every way a request can fail answers the same body: {@code code}, {@code message}, {@code
 * request_id} (the Lambda request id), {@code trace_id} only when known, {@code details} only when
 * given. Server errors are logged as one JSON line on standard error; client errors are not.
 */
class ErrorBodyTest {
  private static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";
  private static final String TRACE = "Root=1-65a1b2c3-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final LiftTestApi handler = new LiftTestApi();
  private String savedTraceProperty;
  private StandardError stderr;

  @BeforeEach
  void noTraceFromTheEnvironment() {
    assumeTrue(System.getenv("_X_AMZN_TRACE_ID") == null,
        "_X_AMZN_TRACE_ID is set in this environment, so every error body has a trace_id");
    savedTraceProperty = System.clearProperty(TRACE_PROPERTY);
    stderr = StandardError.capture();
  }

  @AfterEach
  void restore() {
    stderr.close();
    if (savedTraceProperty != null) {
      System.setProperty(TRACE_PROPERTY, savedTraceProperty);
    } else {
      System.clearProperty(TRACE_PROPERTY);
    }
  }

  @Test
  void notFoundHasExactlyTheStandardFields() {
    assertError(invoke(HttpEvent.v2("GET", "/nowhere")), 404, "NOT_FOUND");
    assertEquals(List.of(), stderr.lines(), "client errors are not logged");
  }

  @Test
  void methodNotAllowedHasExactlyTheStandardFields() {
    assertError(invoke(HttpEvent.v2("PUT", "/ret/text")), 405, "METHOD_NOT_ALLOWED");
    assertEquals(List.of(), stderr.lines());
  }

  @Test
  void bindingErrorHasTheStandardFieldsWithDetails() {
    JsonNode error = assertError(invoke(HttpEvent.v2("GET", "/bind/limit").query("limit=ten")), 400, "BAD_REQUEST", true, null);
    assertEquals("query parameter 'limit'", error.get("details").get("parameter").asText());
    assertEquals(List.of(), stderr.lines());
  }

  @Test
  void eventDecodingErrorHasExactlyTheStandardFields() {
    assertError(invoke(HttpEvent.v2("POST", "/body/bytes").rawBody("%%%", true)), 400, "BAD_REQUEST");
    assertEquals(List.of(), stderr.lines());
  }

  @Test
  void brokenEventJsonAnswers400WithTheStandardFields() {
    String truncated = HttpEvent.v2("GET", "/ret/text").json();
    truncated = truncated.substring(0, truncated.length() / 2);
    Reply reply = Lambda.invoke(handler, truncated);
    JsonNode error = assertError(reply, 400, "BAD_REQUEST");
    assertTrue(error.get("message").asText().contains("truncated"), error::toString);
  }

  @Test
  void payloadTooLargeHasExactlyTheStandardFields() {
    int limit = LiftConfig.fromEnvironment().maxBodyBytes();
    assertError(invoke(HttpEvent.v2("POST", "/body/text").body("x".repeat(limit + 1))), 413, "PAYLOAD_TOO_LARGE");
    assertEquals(List.of(), stderr.lines());
  }

  @Test
  void liftErrorThrownByARouteKeepsItsStatusCodeMessageAndDetails() {
    JsonNode error = assertError(invoke(HttpEvent.v2("GET", "/err/lift")), 409, "CONFLICT", true, null);
    assertEquals("Item 7 already exists", error.get("message").asText());
    assertEquals(7, error.get("details").get("id").asInt());
    assertEquals(List.of("name", "sku"),
        List.of(error.get("details").get("fields").get(0).asText(), error.get("details").get("fields").get(1).asText()));
    assertEquals(List.of(), stderr.lines());
  }

  @Test
  void liftErrorWithoutDetailsHasNoDetailsField() {
    JsonNode error = assertError(invoke(HttpEvent.v2("GET", "/err/lift/plain")), 422, "UNPROCESSABLE");
    assertEquals("Cannot process this item", error.get("message").asText());
  }

  @Test
  void unexpectedExceptionAnswers500WithoutAnyDetailOfTheFailure() {
    Reply reply = invoke(HttpEvent.v2("GET", "/err/boom"));
    JsonNode error = assertError(reply, 500, "INTERNAL");
    assertEquals("Internal server error", error.get("message").asText());
    String body = reply.body();
    for (String leak : List.of("IllegalStateException", "java.lang", "Connection refused", "hunter2", ErrorRoutes.SECRET, "ErrorRoutes", "at dev.")) {
      assertFalse(body.contains(leak), () -> "the body reveals '" + leak + "': " + body);
    }
  }

  @Test
  void unexpectedExceptionIsLoggedAsExactlyOneJsonLine() throws Exception {
    Reply reply = invoke(HttpEvent.v2("GET", "/err/boom"));

    List<String> lines = stderr.lines();
    assertEquals(1, lines.size(), () -> "one log line: " + lines);
    JsonNode log = MAPPER.readTree(lines.get(0));
    assertEquals("ERROR", log.get("level").asText());
    assertEquals(reply.requestId(), log.get("request_id").asText());
    assertTrue(log.get("message").asText().contains("GET /err/boom"), log::toString);
    assertTrue(log.get("exception").asText().startsWith("java.lang.IllegalStateException"), log::toString);
    assertTrue(log.get("stack_trace").asText().contains("ErrorRoutes.boom"), "the log has what the body hides");
    assertFalse(log.has("trace_id"), log::toString);
  }

  @Test
  void serverLiftErrorIsAnsweredWithItsMessageAndLoggedOnce() throws Exception {
    Reply reply = invoke(HttpEvent.v2("GET", "/err/lift/server"));
    JsonNode error = assertError(reply, 503, "UNAVAILABLE");
    assertEquals("The inventory is unavailable, try again later", error.get("message").asText());
    List<String> lines = stderr.lines();
    assertEquals(1, lines.size(), () -> "one log line: " + lines);
    assertEquals(reply.requestId(), MAPPER.readTree(lines.get(0)).get("request_id").asText());
  }

  @Test
  void traceIdComesFromTheTraceHeader() {
    Reply reply = invoke(HttpEvent.v2("GET", "/nowhere").header("X-Amzn-Trace-Id", TRACE));
    assertError(reply, 404, "NOT_FOUND", false, TRACE);
  }

  @Test
  void traceIdIsInTheBodyAndTheLogOfA500() throws Exception {
    Reply reply = invoke(HttpEvent.v1("GET", "/err/boom").header("X-Amzn-Trace-Id", TRACE));
    assertError(reply, 500, "INTERNAL", false, TRACE);
    List<String> lines = stderr.lines();
    assertEquals(1, lines.size(), lines::toString);
    assertEquals(TRACE, MAPPER.readTree(lines.get(0)).get("trace_id").asText());
  }

  @Test
  void traceIdIsInEveryErrorPathWhenTheHeaderIsSent() {
    int limit = LiftConfig.fromEnvironment().maxBodyBytes();
    assertError(invoke(HttpEvent.alb("DELETE", "/ret/text").header("X-Amzn-Trace-Id", TRACE)), 405, "METHOD_NOT_ALLOWED", false, TRACE);
    assertError(invoke(HttpEvent.v1("GET", "/bind/limit").header("X-Amzn-Trace-Id", TRACE)), 400, "BAD_REQUEST", true, TRACE);
    assertError(invoke(HttpEvent.v2("GET", "/err/lift").header("x-amzn-trace-id", TRACE)), 409, "CONFLICT", true, TRACE);
  }

  @Test
  void traceIdFromTheHeaderIsInThePayloadTooLargeBody() {
    int limit = LiftConfig.fromEnvironment().maxBodyBytes();
    Reply reply = invoke(HttpEvent.v2("POST", "/body/text").header("X-Amzn-Trace-Id", TRACE).body("x".repeat(limit + 1)));
    assertError(reply, 413, "PAYLOAD_TOO_LARGE", false, TRACE);
  }

  @Test
  void traceIdFromTheHeaderIsInTheBodyDecodingErrorBody() {
    Reply reply = invoke(HttpEvent.v1("POST", "/body/bytes").header("X-Amzn-Trace-Id", TRACE).rawBody("%%%", true));
    assertError(reply, 400, "BAD_REQUEST", false, TRACE);
  }

  @Test
  void traceIdFromTheHeaderIsInTheQueryDecodingErrorBody() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/query/list").header("X-Amzn-Trace-Id", TRACE).query("a=%zz"));
    assertError(reply, 400, "BAD_REQUEST", false, TRACE);
  }

  @Test
  void traceIdFallsBackToTheLambdaTraceProperty() {
    System.setProperty(TRACE_PROPERTY, TRACE);
    assertError(invoke(HttpEvent.v2("GET", "/nowhere")), 404, "NOT_FOUND", false, TRACE);
    assertError(invoke(HttpEvent.v2("POST", "/body/bytes").rawBody("%%%", true)), 400, "BAD_REQUEST", false, TRACE);
  }

  @Test
  void traceHeaderWinsOverTheLambdaTraceProperty() {
    System.setProperty(TRACE_PROPERTY, "Root=1-00000000-000000000000000000000000");
    assertError(invoke(HttpEvent.v2("GET", "/nowhere").header("X-Amzn-Trace-Id", TRACE)), 404, "NOT_FOUND", false, TRACE);
  }

  @Test
  void requestIdFallsBackToApiGatewaysWithoutAContext() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] event = HttpEvent.v2("GET", "/nowhere").bytes();
    handler.handleRequest(new ByteArrayInputStream(event), out, null);
    JsonNode body = MAPPER.readTree(MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("body").asText());
    assertEquals("apigw-request-id", body.get("request_id").asText());
    assertEquals(Set.of("code", "message", "request_id"), fieldNames(body));
  }

  private static Set<String> fieldNames(JsonNode object) {
    Set<String> names = new LinkedHashSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private Reply invoke(HttpEvent event) {
    return Lambda.invoke(handler, event.json(), new TestContext("err-" + System.nanoTime()));
  }
}
