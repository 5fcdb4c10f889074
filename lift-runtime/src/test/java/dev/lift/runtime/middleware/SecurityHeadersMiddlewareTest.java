package dev.lift.runtime.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.WireResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersMiddlewareTest {
  private static final Map<String, List<String>> JSON_API = jsonApi();

  private static Map<String, List<String>> jsonApi() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Strict-Transport-Security", List.of("max-age=63072000; includeSubDomains"));
    headers.put("X-Content-Type-Options", List.of("nosniff"));
    headers.put("X-Frame-Options", List.of("DENY"));
    headers.put("Referrer-Policy", List.of("no-referrer"));
    headers.put("Content-Security-Policy", List.of("default-src 'none'; frame-ancestors 'none'"));
    headers.put("Cache-Control", List.of("no-store"));
    return headers;
  }

  private static WireResponse serve(SecurityHeadersMiddleware middleware, Map<String, List<String>> routeHeaders)
      throws Exception {
    return Chain.run(middleware, Chain.exchange("GET", "/a"), e -> Chain.ok(routeHeaders));
  }

  @Test
  void jsonApiPresetIsTheDefault() throws Exception {
    WireResponse response = serve(new SecurityHeadersMiddleware(), Map.of());
    assertEquals(JSON_API, response.headers());
    assertEquals(new ArrayList<>(JSON_API.keySet()), new ArrayList<>(response.headers().keySet()), "in order");
  }

  @Test
  void neverOverwritesWhatTheRouteSetInAnyCapitalisation() throws Exception {
    WireResponse response = serve(new SecurityHeadersMiddleware(),
        Map.of("cache-control", List.of("max-age=60"), "X-FRAME-OPTIONS", List.of("SAMEORIGIN")));
    assertEquals(List.of("max-age=60"), Chain.all(response, "Cache-Control"));
    assertEquals(List.of("SAMEORIGIN"), Chain.all(response, "X-Frame-Options"));
    assertEquals(List.of("nosniff"), Chain.all(response, "X-Content-Type-Options"));
    assertEquals(JSON_API.size(), response.headers().size(), "no header twice");
  }

  @Test
  void errorResponsesGetThemToo() throws Exception {
    WireResponse response = Chain.run(new SecurityHeadersMiddleware(), Chain.exchange("GET", "/a"), e -> {
      throw LiftError.notFound("nope");
    });
    assertEquals(404, response.status());
    assertEquals(List.of("application/json"), Chain.all(response, "Content-Type"));
    assertEquals(List.of("DENY"), Chain.all(response, "X-Frame-Options"));
  }

  @Test
  void builderChangesAndOmits() throws Exception {
    SecurityHeaders headers = SecurityHeaders.jsonApi().toBuilder()
        .contentSecurityPolicy("default-src 'self'")
        .omit("cache-control")
        .omit(SecurityHeaders.FRAME_OPTIONS)
        .header("Permissions-Policy", "geolocation=()")
        .build();
    WireResponse response = serve(new SecurityHeadersMiddleware(headers), Map.of());
    assertEquals(List.of("default-src 'self'"), Chain.all(response, "Content-Security-Policy"));
    assertEquals(List.of(), Chain.all(response, "Cache-Control"));
    assertEquals(List.of(), Chain.all(response, "X-Frame-Options"));
    assertEquals(List.of("geolocation=()"), Chain.all(response, "Permissions-Policy"));
    assertEquals(5, response.headers().size());
    assertEquals(JSON_API.size(), SecurityHeaders.jsonApi().headers().size(), "the preset is unchanged");
  }

  @Test
  void emptyConfigurationLeavesResponsesAlone() throws Exception {
    WireResponse original = Chain.ok();
    WireResponse response = Chain.run(new SecurityHeadersMiddleware(SecurityHeaders.builder().build()),
        Chain.exchange("GET", "/a"), e -> original);
    assertEquals(original, response);
  }

  @Test
  void rejectsBadNamesAndValues() {
    assertThrows(IllegalArgumentException.class, () -> SecurityHeaders.builder().header("Bad Name", "x"));
    assertThrows(IllegalArgumentException.class, () -> SecurityHeaders.builder().header("X-A", "a\r\nX-B: b"));
  }

  /** The documented way to configure. */
  public static class NoCsp extends SecurityHeadersMiddleware {
    public NoCsp() {
      super(SecurityHeaders.jsonApi().toBuilder().omit(SecurityHeaders.CONTENT_SECURITY_POLICY).build());
    }
  }

  @Test
  void configuresBySubclassing() throws Exception {
    assertEquals(List.of(), Chain.all(serve(new NoCsp(), Map.of()), "Content-Security-Policy"));
  }

  @Test
  void routeErrorMappedByRecoveryStillGetsHeaders() throws Exception {
    WireResponse response = Chain.run(new SecurityHeadersMiddleware(), Chain.exchange("GET", "/a"), e -> {
      throw LiftError.badRequest("bad");
    });
    assertEquals(400, response.status());
    assertEquals(List.of("no-store"), Chain.all(response, "Cache-Control"));
  }
}
