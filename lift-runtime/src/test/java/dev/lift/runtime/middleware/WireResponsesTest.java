package dev.lift.runtime.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.http.WireResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireResponsesTest {
  private static WireResponse response(Map<String, List<String>> headers) {
    return new WireResponse(201, headers, List.of("a=1"), "body", false);
  }

  @Test
  void readsHeadersCaseInsensitively() {
    WireResponse response = response(Map.of("content-TYPE", List.of("text/plain")));
    assertEquals("text/plain", WireResponses.header(response, "Content-Type"));
    assertTrue(WireResponses.hasHeader(response, "CONTENT-TYPE"));
    assertNull(WireResponses.header(response, "Vary"));
  }

  @Test
  void unchangedResponseIsTheSameInstance() {
    WireResponse response = response(Map.of("X-A", List.of("1")));
    assertSame(response, WireResponses.edit(response).setIfAbsent("x-a", "2").build());
  }

  @Test
  void copiesImmutableHeadersOnceAndKeepsTheRestOfTheResponse() {
    WireResponse response = response(Map.of("X-A", List.of("1")));
    WireResponse changed =
        WireResponses.edit(response).setIfAbsent("X-B", "2").set("X-C", "3").vary("Origin").build();
    assertEquals(Map.of("X-A", List.of("1"), "X-B", List.of("2"), "X-C", List.of("3"), "Vary", List.of("Origin")),
        changed.headers());
    assertEquals(Map.of("X-A", List.of("1")), response.headers(), "the original is untouched");
    assertEquals(201, changed.status());
    assertEquals(List.of("a=1"), changed.cookies());
    assertEquals("body", changed.body());
  }

  @Test
  void setReplacesEveryCapitalisation() {
    WireResponse response = response(Map.of("x-frame-options", List.of("SAMEORIGIN")));
    WireResponse changed = WireResponses.edit(response).set("X-Frame-Options", "DENY").build();
    assertEquals(Map.of("X-Frame-Options", List.of("DENY")), changed.headers());
  }

  @Test
  void nullHeaderMapIsTreatedAsEmpty() {
    WireResponse response = response(null);
    assertFalse(WireResponses.hasHeader(response, "X-A"));
    assertEquals(Map.of("X-A", List.of("1")), WireResponses.edit(response).setIfAbsent("X-A", "1").build().headers());
  }

  @Test
  void varyMergesTokensWithoutDuplicates() {
    WireResponse response = response(Map.of("vary", List.of("Accept-Encoding, origin")));
    assertSame(response, WireResponses.edit(response).vary("Origin").build());
    WireResponse merged = WireResponses.edit(response).vary("Origin, Access-Control-Request-Method").build();
    assertEquals(Map.of("vary", List.of("Accept-Encoding, origin, Access-Control-Request-Method")), merged.headers());
  }

  @Test
  void varyStarStays() {
    WireResponse response = response(Map.of("Vary", List.of("*")));
    assertSame(response, WireResponses.edit(response).vary("Origin").build());
  }
}
