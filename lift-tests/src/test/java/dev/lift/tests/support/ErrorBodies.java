package dev.lift.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/** Assertions on Lift's standard error body: {@code code, message, details?, request_id, trace_id?}. */
public final class ErrorBodies {
  private ErrorBodies() {}

  /**
   * Asserts the status, the JSON content type, and a body with exactly {@code code}, {@code
   * message} and {@code request_id} (the invocation's), and no {@code details} or {@code
   * trace_id}. Returns the body for further checks.
   */
  public static JsonNode assertError(Reply reply, int status, String code) {
    return assertError(reply, status, code, false, null);
  }

  /**
   * Asserts an error body with exactly the fields it should have: {@code details} only when
   * {@code withDetails}, {@code trace_id} only when {@code traceId} is not null (and equal to it).
   */
  public static JsonNode assertError(
      Reply reply, int status, String code, boolean withDetails, String traceId) {
    assertEquals(status, reply.status(), () -> "status of " + reply);
    String contentType = reply.header("Content-Type");
    assertTrue(
        contentType != null && contentType.startsWith("application/json"),
        () -> "Content-Type of an error body: " + reply);
    JsonNode body = reply.json();
    Set<String> expected = new LinkedHashSet<>();
    expected.add("code");
    expected.add("message");
    if (withDetails) {
      expected.add("details");
    }
    expected.add("request_id");
    if (traceId != null) {
      expected.add("trace_id");
    }
    Set<String> actual = new LinkedHashSet<>();
    body.fieldNames().forEachRemaining(actual::add);
    assertEquals(expected, actual, () -> "fields of the error body " + body);
    assertEquals(code, body.get("code").asText(), () -> "code in " + body);
    assertTrue(body.get("message").isTextual() && !body.get("message").asText().isBlank(),
        () -> "a message in " + body);
    assertEquals(reply.requestId(), body.get("request_id").asText(), () -> "request_id in " + body);
    if (traceId != null) {
      assertEquals(traceId, body.get("trace_id").asText(), () -> "trace_id in " + body);
    }
    return body;
  }

  /** The error message of an error reply. */
  public static String message(Reply reply) {
    return reply.json().path("message").asText();
  }
}
