package dev.lift.runtime.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.testing.JsonTree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorResponsesTest {

  @Test
  void bodyHasCodeMessageAndIds() {
    WireResponse response = ErrorResponses.of(LiftError.notFound("No route matches GET /x"), "req-1", "Root=1-abc");

    assertEquals(404, response.status());
    assertEquals(Map.of("Content-Type", List.of("application/json")), response.headers());
    assertEquals(List.of(), response.cookies());
    assertFalse(response.base64());
    assertEquals(
        "{\"code\":\"NOT_FOUND\",\"message\":\"No route matches GET /x\",\"request_id\":\"req-1\",\"trace_id\":\"Root=1-abc\"}",
        response.body());
  }

  @Test
  void missingIdsAndDetails() {
    Map<String, Object> body = JsonTree.object(ErrorResponses.of(LiftError.badRequest("bad"), null, null).body());

    assertEquals(List.of("code", "message", "request_id"), List.copyOf(body.keySet()));
    assertEquals(null, body.get("request_id"));
  }

  @Test
  void detailsAreWrittenAsNestedJson() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("parameter", "limit");
    details.put("max", 100);
    details.put("ratio", 0.5);
    details.put("exact", new BigDecimal("1.10"));
    details.put("strict", true);
    details.put("none", null);
    details.put("nan", Double.NaN);
    details.put("errors", List.of(Map.of("field", "name"), List.of(1L, "two")));
    details.put("other", new StringBuilder("as text"));
    Map<String, Object> body = JsonTree.object(
        ErrorResponses.of(LiftError.badRequest("Invalid input", details), "r", null).body());

    Map<String, Object> written = JsonTree.objectAt(body, "details");
    assertEquals("limit", written.get("parameter"));
    assertEquals(100L, written.get("max"));
    assertEquals(0.5, written.get("ratio"));
    assertEquals(1.1, written.get("exact"));
    assertEquals(true, written.get("strict"));
    assertTrue(written.containsKey("none"));
    assertEquals("NaN", written.get("nan"));
    assertEquals(List.of(Map.of("field", "name"), List.of(1L, "two")), written.get("errors"));
    assertEquals("as text", written.get("other"));
  }

  @Test
  void cyclicDetailsDoNotOverflow() {
    List<Object> cycle = new ArrayList<>();
    cycle.add(cycle);

    String body = ErrorResponses.of(LiftError.badRequest("x", cycle), "r", null).body();
    assertTrue(body.contains("\"...\""), body);
  }

  @Test
  void methodNotAllowedSendsAllow() {
    WireResponse response = ErrorResponses.of(
        new MethodNotAllowedError("GET, HEAD", "Method DELETE is not allowed on /users"), "r", null);

    assertEquals(405, response.status());
    assertEquals(List.of("GET, HEAD"), response.headers().get("Allow"));
    assertEquals("METHOD_NOT_ALLOWED", JsonTree.object(response.body()).get("code"));
  }
}
