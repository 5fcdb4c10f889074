package dev.lift.runtime.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.testing.JsonTree;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessLogMiddlewareTest {
  private static final String TRACE = "Root=1-5bdb40ca-556d8b0c50dc66f0511bf520";

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final AccessLogMiddleware accessLog =
      new AccessLogMiddleware(new PrintStream(output, true, StandardCharsets.UTF_8));

  @BeforeEach
  @AfterEach
  void noInvocationTrace() {
    System.clearProperty("com.amazonaws.xray.traceHeader");
    Exchange.resetColdStart();
  }

  private List<String> lines() {
    String text = output.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }

  @Test
  void writesOneJsonLineWithEveryField() throws Exception {
    new Exchange(Chain.request("GET", "/warm-up"), null); // the next exchange is warm
    Exchange exchange = Chain.exchange("GET", "/users/42", "X-Amzn-Trace-Id", TRACE);
    exchange.route("GET /users/{id}");
    exchange.correlationId("client-7");
    WireResponse ok = Chain.ok();
    WireResponse response = Chain.run(accessLog, exchange, e -> {
      Thread.sleep(5);
      return ok;
    });
    assertSame(ok, response, "the response passes unchanged");

    List<String> lines = lines();
    assertEquals(1, lines.size(), lines.toString());
    Map<String, Object> line = JsonTree.object(lines.get(0));
    assertEquals(
        List.of("type", "method", "path", "route", "status", "duration_ms", "request_id", "trace_id",
            "cold_start", "correlation_id"),
        List.copyOf(line.keySet()));
    assertEquals("access", line.get("type"));
    assertEquals("GET", line.get("method"));
    assertEquals("/users/42", line.get("path"));
    assertEquals("GET /users/{id}", line.get("route"));
    assertEquals(200L, line.get("status"));
    double duration = ((Number) line.get("duration_ms")).doubleValue();
    assertTrue(duration >= 5 && duration < 10_000, "duration " + duration);
    assertEquals(Chain.REQUEST_ID, line.get("request_id"));
    assertEquals(TRACE, line.get("trace_id"));
    assertEquals(false, line.get("cold_start"));
    assertEquals("client-7", line.get("correlation_id"));
  }

  @Test
  void unmatchedErrorRequestOnColdStart() throws Exception {
    Exchange exchange = Chain.exchange("DELETE", "/nope");
    Chain.run(accessLog, exchange, e -> {
      throw LiftError.notFound("No route matches DELETE /nope");
    });
    Map<String, Object> line = JsonTree.object(lines().get(0));
    assertTrue(line.containsKey("route"));
    assertNull(line.get("route"));
    assertEquals(404L, line.get("status"));
    assertEquals(true, line.get("cold_start"));
    assertFalse(line.containsKey("trace_id"), "unknown trace ids are left out");
    assertFalse(line.containsKey("correlation_id"));
  }

  @Test
  void hostileInputStaysOnOneLine() throws Exception {
    Chain.run(accessLog, Chain.exchange("GET", "/a%0A\n{\"type\":\"forged\"}"), e -> Chain.ok());
    List<String> lines = lines();
    assertEquals(1, lines.size(), lines.toString());
    assertEquals("access", JsonTree.object(lines.get(0)).get("type"));
  }

  @Test
  void defaultWritesToStandardOutput() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Chain.run(new AccessLogMiddleware(), Chain.exchange("GET", "/a"), e -> Chain.ok());
    } finally {
      System.setOut(original);
    }
    assertEquals("access", JsonTree.object(captured.toString(StandardCharsets.UTF_8).trim()).get("type"));
  }
}
