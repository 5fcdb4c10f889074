package dev.lift.runtime.error;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import dev.lift.runtime.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Logs server-side failures as one JSON line on standard error, which Lambda sends to CloudWatch
 * as one log event that Logs Insights can query by field:
 *
 * <pre>{@code
 * {"level":"ERROR","message":"Unhandled exception while serving GET /x","request_id":"...",
 *  "trace_id":"...","exception":"java.lang.IllegalStateException: boom","stack_trace":"..."}
 * }</pre>
 *
 * The stack trace includes causes and suppressed exceptions. {@code trace_id} is left out when
 * unknown.
 */
public final class ErrorLog {
  /** Where lines go; {@code null} means {@link System#err} as it is at the time of logging. */
  private static volatile PrintStream output;

  private ErrorLog() {}

  /** Logs an exception that escaped a route: a bug, answered with 500. */
  public static void unexpected(
      Throwable t, String requestId, String traceId, String method, String path) {
    log("Unhandled exception while serving " + method + " " + path, t, requestId, traceId);
  }

  /** Logs a 5xx {@link LiftError} thrown on purpose, with its cause if it has one. */
  public static void serverError(
      LiftError error, String requestId, String traceId, String method, String path) {
    log(
        "Error " + error.status() + " " + error.code() + " while serving " + method + " " + path,
        error,
        requestId,
        traceId);
  }

  /** Logs a failed event handler: an SQS message or DynamoDB record reported failed, a WebSocket 500. */
  public static void eventFailure(String message, Throwable t, String requestId, String traceId) {
    log(message, t, requestId, traceId);
  }

  /** Sends lines to {@code stream} instead of standard error; {@code null} restores it. */
  static void setOutput(PrintStream stream) {
    output = stream;
  }

  private static void log(String message, Throwable t, String requestId, String traceId) {
    PrintStream out = output != null ? output : System.err;
    out.println(line(message, t, requestId, traceId));
    out.flush();
  }

  static String line(String message, Throwable t, String requestId, String traceId) {
    SegmentedStringWriter text = new SegmentedStringWriter(Json.FACTORY._getBufferRecycler());
    try {
      try (JsonGenerator json = Json.FACTORY.createGenerator(text)) {
        json.writeStartObject();
        json.writeStringField("level", "ERROR");
        json.writeStringField("message", message);
        json.writeStringField("request_id", requestId);
        if (traceId != null) {
          json.writeStringField("trace_id", traceId);
        }
        json.writeStringField("exception", describe(t));
        json.writeStringField("stack_trace", stackTrace(t));
        json.writeEndObject();
      }
      return text.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(Throwable t) {
    try {
      return t.toString();
    } catch (RuntimeException e) {
      // A getMessage() that throws must not hide the original failure.
      return t.getClass().getName();
    }
  }

  private static String stackTrace(Throwable t) {
    StringWriter trace = new StringWriter();
    try (PrintWriter writer = new PrintWriter(trace)) {
      t.printStackTrace(writer);
    } catch (RuntimeException e) {
      return describe(t);
    }
    return trace.toString();
  }
}
