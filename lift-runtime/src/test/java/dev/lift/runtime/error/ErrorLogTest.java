package dev.lift.runtime.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.testing.JsonTree;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorLogTest {
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  @AfterEach
  void restoreStandardError() {
    ErrorLog.setOutput(null);
  }

  private String capture(Runnable logging) {
    ErrorLog.setOutput(new PrintStream(captured, true, StandardCharsets.UTF_8));
    logging.run();
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void unexpectedExceptionIsOneJsonLineWithTheWholeTrace() {
    Exception failure = new IllegalStateException("boom\nsecond line",
        new java.io.IOException("disk \"full\""));
    String output = capture(() -> ErrorLog.unexpected(failure, "req-1", "Root=1-abc", "GET", "/x"));

    assertTrue(output.endsWith(System.lineSeparator()));
    String line = output.strip();
    assertFalse(line.contains("\n"), "one line");
    Map<String, Object> json = JsonTree.object(line);
    assertEquals("ERROR", json.get("level"));
    assertEquals("Unhandled exception while serving GET /x", json.get("message"));
    assertEquals("req-1", json.get("request_id"));
    assertEquals("Root=1-abc", json.get("trace_id"));
    assertEquals("java.lang.IllegalStateException: boom\nsecond line", json.get("exception"));
    String trace = (String) json.get("stack_trace");
    assertTrue(trace.contains("at dev.lift.runtime.error.ErrorLogTest"), trace);
    assertTrue(trace.contains("Caused by: java.io.IOException: disk \"full\""), trace);
  }

  @Test
  void unknownTraceIsLeftOut() {
    Map<String, Object> json = JsonTree.object(
        capture(() -> ErrorLog.unexpected(new RuntimeException(), null, null, "POST", "/y")).strip());

    assertFalse(json.containsKey("trace_id"));
    assertTrue(json.containsKey("request_id"));
    assertEquals("java.lang.RuntimeException", json.get("exception"));
  }

  @Test
  void serverErrorNamesStatusAndCode() {
    LiftError error = new LiftError(503, "UNAVAILABLE", "Try later", null, new RuntimeException("pool exhausted"));
    Map<String, Object> json = JsonTree.object(
        capture(() -> ErrorLog.serverError(error, "r", null, "GET", "/z")).strip());

    assertEquals("Error 503 UNAVAILABLE while serving GET /z", json.get("message"));
    assertTrue(((String) json.get("stack_trace")).contains("pool exhausted"));
  }
}
