package dev.lift.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.error.MethodNotAllowedError;
import dev.lift.runtime.event.NotAnHttpEventException;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.testing.Events;
import dev.lift.runtime.testing.FakeContext;
import dev.lift.runtime.testing.JsonTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whole invocations: event in, response out, errors as a client and an operator see them. */
class LiftRuntimeTest {
  private static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";
  private static final Context CONTEXT = new FakeContext("lambda-req-1");

  private final ByteArrayOutputStream standardError = new ByteArrayOutputStream();
  private PrintStream originalError;

  @BeforeEach
  void captureStandardError() {
    originalError = System.err;
    System.setErr(new PrintStream(standardError, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStandardError() {
    System.setErr(originalError);
    System.clearProperty(TRACE_PROPERTY);
  }

  private List<String> logLines() {
    String logged = standardError.toString(StandardCharsets.UTF_8);
    return logged.isEmpty() ? List.of() : List.of(logged.split("\\R"));
  }

  static Map<String, Object> invoke(Dispatcher dispatcher, String event, Context context)
      throws IOException {
    return invoke(dispatcher, event.getBytes(StandardCharsets.UTF_8), context, LiftConfig.defaults());
  }

  static Map<String, Object> invoke(Dispatcher dispatcher, byte[] event, Context context, LiftConfig config)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new LiftRuntime(dispatcher, config).handle(new ByteArrayInputStream(event), out, context);
    return JsonTree.object(out.toByteArray());
  }

  static Map<String, Object> body(Map<String, Object> response) {
    return JsonTree.object((String) response.get("body"));
  }

  static String httpApiEvent(String method, String headers) {
    return "{\"version\":\"2.0\",\"rawPath\":\"/orders/7\",\"headers\":{" + headers + "},"
        + "\"requestContext\":{\"requestId\":\"apigw-req-9\",\"http\":{\"method\":\"" + method + "\"}}}";
  }

  @Test
  void answersWhatTheDispatcherReturnsInTheEventShape() throws IOException {
    AtomicReference<Request> seen = new AtomicReference<>();
    Map<String, Object> response = invoke(exchange -> {
      seen.set(exchange.request());
      return WireResponse.text("posted " + exchange.request().bodyText());
    }, Events.text("apigw_http_event.json"), CONTEXT);

    assertEquals(200L, response.get("statusCode"));
    assertEquals("posted Hello from Lambda!!", response.get("body"));
    assertEquals("text/plain; charset=utf-8", JsonTree.objectAt(response, "headers").get("Content-Type"));
    assertFalse(response.containsKey("multiValueHeaders"), "2.0 shape");
    assertEquals("POST /my/path", seen.get().toString());
    assertEquals(List.of(), logLines());
  }

  @Test
  void liftErrorAnswersTheErrorBodyWithRequestAndTraceIds() throws IOException {
    Map<String, Object> response = invoke(
        exchange -> { throw LiftError.notFound("No route matches GET /orders/7"); },
        httpApiEvent("GET", "\"X-Amzn-Trace-Id\":\"Root=1-abc\""),
        CONTEXT);

    assertEquals(404L, response.get("statusCode"));
    assertEquals("application/json", JsonTree.objectAt(response, "headers").get("Content-Type"));
    assertEquals(
        Map.of("code", "NOT_FOUND", "message", "No route matches GET /orders/7",
            "request_id", "lambda-req-1", "trace_id", "Root=1-abc"),
        body(response));
    assertEquals(List.of(), logLines(), "client errors are not logged");
  }

  @Test
  void requestIdFallsBackToApiGatewaysAndTraceToTheInvocationsXRayHeader() throws IOException {
    System.setProperty(TRACE_PROPERTY, "Root=1-from-runtime");
    Map<String, Object> response = invoke(
        exchange -> { throw LiftError.badRequest("nope"); },
        httpApiEvent("GET", ""),
        null);

    assertEquals("apigw-req-9", body(response).get("request_id"));
    assertEquals("Root=1-from-runtime", body(response).get("trace_id"));
  }

  @Test
  void methodNotAllowedSendsAllow() throws IOException {
    Map<String, Object> response = invoke(
        exchange -> { throw new MethodNotAllowedError("GET, HEAD", "Method DELETE is not allowed on /my/path"); },
        Events.text("apigw_rest_event.json").replace("\"httpMethod\": \"GET\"", "\"httpMethod\": \"DELETE\""),
        CONTEXT);

    assertEquals(405L, response.get("statusCode"));
    assertEquals("GET, HEAD", JsonTree.objectAt(response, "headers").get("Allow"));
    assertEquals(List.of("GET, HEAD"), JsonTree.objectAt(response, "multiValueHeaders").get("Allow"));
    assertEquals("METHOD_NOT_ALLOWED", body(response).get("code"));
  }

  @Test
  void unexpectedExceptionAnswers500WithoutDetailAndIsLoggedOnce() throws IOException {
    Map<String, Object> response = invoke(
        exchange -> { throw new IllegalStateException("boom: password=hunter2"); },
        Events.text("elb_event.json"),
        CONTEXT);

    assertEquals(500L, response.get("statusCode"));
    assertEquals("500 Internal Server Error", response.get("statusDescription"));
    String body = (String) response.get("body");
    assertFalse(body.contains("boom") || body.contains("hunter2") || body.contains("Exception"), body);
    assertEquals(
        Map.of("code", "INTERNAL", "message", "Internal server error",
            "request_id", "lambda-req-1", "trace_id", "Root=1-5bdb40ca-556d8b0c50dc66f0511bf520"),
        JsonTree.object(body));

    List<String> lines = logLines();
    assertEquals(1, lines.size(), lines.toString());
    Map<String, Object> log = JsonTree.object(lines.get(0));
    assertEquals("ERROR", log.get("level"));
    assertEquals("Unhandled exception while serving GET /", log.get("message"));
    assertEquals("lambda-req-1", log.get("request_id"));
    assertEquals("java.lang.IllegalStateException: boom: password=hunter2", log.get("exception"));
    assertTrue(((String) log.get("stack_trace")).contains("at dev.lift.runtime.LiftRuntimeTest"));
  }

  @Test
  void stackOverflowAnswers500() throws IOException {
    Map<String, Object> response = invoke(
        exchange -> { throw new StackOverflowError(); }, httpApiEvent("GET", ""), CONTEXT);

    assertEquals(500L, response.get("statusCode"));
    assertEquals(1, logLines().size());
  }

  @Test
  void outOfMemoryFailsTheInvocation() {
    assertThrows(OutOfMemoryError.class, () -> invoke(
        exchange -> { throw new OutOfMemoryError("heap"); }, httpApiEvent("GET", ""), CONTEXT));
  }

  @Test
  void nullResponseIsABug() throws IOException {
    Map<String, Object> response = invoke(exchange -> null, httpApiEvent("GET", ""), CONTEXT);

    assertEquals(500L, response.get("statusCode"));
    assertTrue(logLines().get(0).contains("The dispatcher returned no response"));
  }

  @Test
  void serverLiftErrorIsAnsweredAsThrownAndLogged() throws IOException {
    Map<String, Object> response = invoke(
        exchange -> { throw new LiftError(503, "UNAVAILABLE", "Try again in a minute"); },
        httpApiEvent("GET", ""), CONTEXT);

    assertEquals(503L, response.get("statusCode"));
    assertEquals("Try again in a minute", body(response).get("message"));
    assertEquals(1, logLines().size());
  }

  @Test
  void headAnswerHasNoBody() throws IOException {
    Map<String, Object> response = invoke(
        exchange -> WireResponse.text("hello"), httpApiEvent("HEAD", ""), CONTEXT);

    assertEquals(200L, response.get("statusCode"));
    assertFalse(response.containsKey("body"));
    assertEquals("text/plain; charset=utf-8", JsonTree.objectAt(response, "headers").get("Content-Type"));
  }

  @Test
  void malformedEventAnswers400InItsShape() throws IOException {
    Dispatcher unreachable = exchange -> { throw new AssertionError("not dispatched"); };
    Map<String, Object> response = invoke(unreachable, Events.text("elb_event.json")
        .replace("\"isBase64Encoded\": false", "\"isBase64Encoded\": \"no\""), CONTEXT);

    assertEquals(400L, response.get("statusCode"));
    assertEquals("400 Bad Request", response.get("statusDescription"));
    assertEquals("Event field 'isBase64Encoded' must be true or false, got a JSON string",
        body(response).get("message"));
    assertEquals("lambda-req-1", body(response).get("request_id"));
  }

  @Test
  void eventOfUnknownShapeAnswers400InTheMinimalShape() throws IOException {
    Map<String, Object> response = invoke(
        exchange -> WireResponse.noContent(), "{\"headers\":{\"a\": tru}}", CONTEXT);

    assertEquals(List.of("statusCode", "headers", "body", "isBase64Encoded"), List.copyOf(response.keySet()));
    assertEquals(400L, response.get("statusCode"));
    assertEquals("BAD_REQUEST", body(response).get("code"));
  }

  @Test
  void oversizedBodyAnswers413() throws IOException {
    Map<String, Object> response = invoke(
        exchange -> WireResponse.noContent(),
        Events.bytes("apigw_v1_alt_apigw_event.json"), CONTEXT, new LiftConfig(8));

    assertEquals(413L, response.get("statusCode"));
    assertEquals(List.of("application/json"), JsonTree.objectAt(response, "multiValueHeaders").get("Content-Type"));
    assertEquals("Request body is larger than the limit of 8 bytes", body(response).get("message"));
  }

  @Test
  void nonHttpEventFailsTheInvocationWithoutAnswerOrLog() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LiftRuntime runtime = new LiftRuntime(exchange -> WireResponse.noContent(), LiftConfig.defaults());

    NotAnHttpEventException e = assertThrows(NotAnHttpEventException.class, () -> runtime.handle(
        new ByteArrayInputStream(Events.bytes("sqs_event_product.json")), out, CONTEXT));

    assertTrue(e.getMessage().contains("SQS"));
    assertEquals(0, out.size());
    assertEquals(List.of(), logLines());
  }

  @Test
  void contextIsPassedToTheDispatcher() throws IOException {
    AtomicReference<Context> seen = new AtomicReference<>();
    invoke(exchange -> {
      seen.set(exchange.context());
      return new WireResponse(204, Map.of(), List.of(), null, false);
    }, httpApiEvent("GET", ""), CONTEXT);

    assertEquals(CONTEXT, seen.get());
  }
}
