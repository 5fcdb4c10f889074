package dev.lift.runtime.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lift.runtime.json.Json;
import dev.lift.runtime.http.WireResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Error bodies without details are written by hand rather than through jackson-core's generator
 * (the 404 of the routing miss path): they must be the very text jackson would write, whatever a
 * client put in the path or a handler in the message.
 */
class HandWrittenErrorBodyTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "/plain/path", "/quote\"d", "/back\\slash", "/new\nline\r\t\b\f", "/nul\u0000and\u001f",
      "/ünïcödé/€/日本", "/emoji/\uD83D\uDE00", "/del\u007f/sep\u2028", "", "/%22/%5C"})
  void notFoundIsTheBodyJacksonWrites(String path) throws IOException {
    WireResponse response = ErrorResponses.notFound("GET", path, "req-\"1\"", "Root=1-abc");

    assertEquals(404, response.status());
    assertEquals(Map.of("Content-Type", List.of("application/json")), response.headers());
    assertEquals(jackson("NOT_FOUND", "No route matches GET " + path, "req-\"1\"", "Root=1-abc"), response.body());
    assertEquals(response.body(),
        ErrorResponses.of(LiftError.notFound("No route matches GET " + path), "req-\"1\"", "Root=1-abc").body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "tab\there", "\"quoted\" \\ and \u0001", "ünïcödé"})
  void errorsWithoutDetailsAreTheBodyJacksonWrites(String message) throws IOException {
    assertEquals(jackson("BAD_REQUEST", message, null, null),
        ErrorResponses.of(LiftError.badRequest(message), null, null).body());
    assertEquals(jackson("CONFLICT", message, "r", "t\n"),
        ErrorResponses.of(LiftError.conflict(message), "r", "t\n").body());
  }

  private static String jackson(String code, String message, String requestId, String traceId) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = Json.FACTORY.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("code", code);
      json.writeStringField("message", message);
      json.writeStringField("request_id", requestId);
      if (traceId != null) {
        json.writeStringField("trace_id", traceId);
      }
      json.writeEndObject();
    }
    return text.toString();
  }
}
