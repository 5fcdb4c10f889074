package dev.lift.tests;

import static dev.lift.tests.support.ErrorBodies.assertError;
import static dev.lift.tests.support.ErrorBodies.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Exceptions mapped by {@code @Recover} methods: the handler class's before the application's,
 * the most specific type first, subclasses included; anything unmapped as the default (a
 * {@code LiftError} with its status, anything else 500 {@code INTERNAL}, logged once).
 */
class RecoverTest {
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
  void applicationRecoveryMapsItsExceptionType() {
    Reply reply = get("/mw/other/fail/missing");

    assertError(reply, 404, "MISSING");
    assertEquals("Missing: item 7", message(reply));
    assertEquals("NoSuchElementException", reply.header("X-Error"), "exchange.error() is the original exception");
    assertEquals(List.of(), stderr.lines());
  }

  @Test
  void applicationRecoveryMapsASubclassOfItsType() {
    Reply reply = get("/mw/other/fail/item-missing");

    assertError(reply, 404, "MISSING");
    assertEquals("Missing: item 8", message(reply));
    assertEquals("ItemMissing", reply.header("X-Error"));
  }

  @Test
  void instanceRecoverMethodOfTheApplication() {
    Reply reply = get("/mw/other/fail/state");

    assertError(reply, 409, "CONFLICT");
    assertEquals("Conflict: busy", message(reply));
  }

  @Test
  void classRecoveryBeatsTheApplicationsForTheSameType() {
    Reply reply = get("/mw/fail/state");

    assertError(reply, 403, "REFUSED");
    assertEquals("Refused: busy", message(reply));
  }

  @Test
  void classRecoveryMapsASubclassOfItsType() {
    Reply reply = get("/mw/fail/locked");

    assertError(reply, 403, "REFUSED");
    assertEquals("Locked", reply.header("X-Error"));
  }

  @Test
  void classRecoveryFallsBackToTheApplicationsForOtherTypes() {
    Reply reply = get("/mw/fail/missing");

    assertError(reply, 404, "MISSING");
  }

  @Test
  void mostSpecificTypeWinsWhateverTheDeclarationOrder() {
    assertError(get("/mw/specific/number"), 400, "NUMBER");
    assertError(get("/mw/specific/argument"), 400, "ARGUMENT");
  }

  @Test
  void unmappedLiftErrorAnswersWithItsOwnStatusAndIsNotLogged() {
    Reply reply = get("/mw/other/fail/lift");

    assertError(reply, 422, "UNPROCESSABLE");
    assertEquals("Cannot process this item", message(reply));
    assertEquals(List.of(), stderr.lines());
  }

  @Test
  void unmappedExceptionAnswers500AndIsLoggedOnce() throws Exception {
    Reply reply = Lambda.invoke(handler, HttpEvent.v1("GET", "/mw/specific/other").header("X-Amzn-Trace-Id", TRACE));

    JsonNode body = assertError(reply, 500, "INTERNAL", false, TRACE);
    assertEquals("Internal server error", body.get("message").asText());
    assertFalse(reply.body().contains("secret-detail"), reply::toString);
    List<String> lines = stderr.lines();
    assertEquals(1, lines.size(), () -> "one log line: " + lines);
    JsonNode log = MAPPER.readTree(lines.get(0));
    assertEquals(reply.requestId(), log.get("request_id").asText());
    assertEquals(TRACE, log.get("trace_id").asText());
    assertTrue(log.get("stack_trace").asText().contains("secret-detail"), "the log has what the body hides");
  }

  @Test
  void recoveryToAServerErrorAnswersItsStatusAndLogsTheOriginalOnce() throws Exception {
    Reply reply = get("/mw/other/fail/timeout");

    assertError(reply, 503, "UNAVAILABLE");
    assertEquals("Try again later", message(reply));
    assertFalse(reply.body().contains("secret-detail"), reply::toString);
    List<String> lines = stderr.lines();
    assertEquals(1, lines.size(), () -> "one log line: " + lines);
    JsonNode log = MAPPER.readTree(lines.get(0));
    assertTrue(log.get("exception").asText().startsWith("java.util.concurrent.TimeoutException"), log::toString);
  }

  @Test
  void recoveredErrorsThroughEveryEventShape() {
    for (HttpEvent.Kind kind : HttpEvent.Kind.values()) {
      assertError(Lambda.invoke(handler, HttpEvent.of(kind, "GET", "/mw/fail/locked")), 403, "REFUSED");
    }
  }

  private Reply get(String path) {
    return Lambda.invoke(handler, HttpEvent.v2("GET", path));
  }
}
