package dev.lift.runtime.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.testing.JsonTree;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorsMiddlewareTest {
  private static final String PREFLIGHT_VARY =
      "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

  private static final CorsMiddleware EXACT =
      new CorsMiddleware(CorsConfig.builder().allowOrigins("https://app.example.com").build());
  private static final CorsMiddleware PATTERN =
      new CorsMiddleware(
          CorsConfig.builder().allowOrigins("https://*.example.com", "http://localhost:*").build());
  private static final CorsMiddleware CREDENTIALS =
      new CorsMiddleware(
          CorsConfig.builder()
              .allowOrigins("https://app.example.com", "https://*.example.org")
              .allowCredentials(true)
              .exposeHeaders("X-Request-Id", "ETag")
              .build());

  private static WireResponse get(CorsMiddleware cors, String origin) throws Exception {
    return Chain.run(cors, Chain.exchange("GET", "/users/1", "Origin", origin), e -> Chain.ok());
  }

  private static String allowOrigin(WireResponse response) {
    return WireResponses.header(response, "Access-Control-Allow-Origin");
  }

  // Actual (non-preflight) requests

  @Test
  void defaultsAllowEveryOriginWithStar() throws Exception {
    WireResponse response = get(new CorsMiddleware(), "https://anywhere.test");
    assertEquals("*", allowOrigin(response));
    assertNull(WireResponses.header(response, "Access-Control-Allow-Credentials"));
    assertEquals(List.of("Origin"), Chain.all(response, "Vary"));
  }

  @Test
  void exactOriginIsEchoed() throws Exception {
    WireResponse response = get(EXACT, "https://app.example.com");
    assertEquals("https://app.example.com", allowOrigin(response));
    assertEquals(List.of("Origin"), Chain.all(response, "Vary"));
    assertEquals("ok", response.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://evil.test", "https://app.example.com.evil.test", "http://app.example.com",
      "https://app.example.com:8443", "null", "https://xapp.example.com"})
  void otherOriginsAreNeverEchoedButStillServed(String origin) throws Exception {
    WireResponse response = get(EXACT, origin);
    assertEquals(200, response.status(), "CORS is the browser's to enforce");
    assertFalse(Chain.hasAnyAllowHeader(response), response.headers().toString());
    assertFalse(response.headers().toString().contains(origin), "the origin appears nowhere");
    assertEquals(List.of("Origin"), Chain.all(response, "Vary"), "caches must still key on Origin");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://api.example.com", "https://a.b.example.com", "https://x-1.example.com",
      "http://localhost:3000", "http://localhost:8"})
  void patternsAllow(String origin) throws Exception {
    assertEquals(origin, allowOrigin(get(PATTERN, origin)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.com", "https://evilexample.com", "https://api.example.com.evil.test",
      "http://api.example.com", "https://api.example.com:443", "https://.example.com",
      "https://a..example.com", "https://evil.test/.example.com", "https://u@x.example.com",
      "http://localhost", "http://localhost:", "http://localhost:80a", "http://localhost:123456",
      "http://localhost.evil.test:80", "https://API.example.com"})
  void patternsRefuse(String origin) throws Exception {
    WireResponse response = get(PATTERN, origin);
    assertFalse(Chain.hasAnyAllowHeader(response), origin + " " + response.headers());
  }

  @Test
  void credentialsEchoTheOriginNeverStar() throws Exception {
    WireResponse response = get(CREDENTIALS, "https://app.example.com");
    assertEquals("https://app.example.com", allowOrigin(response));
    assertEquals("true", WireResponses.header(response, "Access-Control-Allow-Credentials"));
    assertEquals("X-Request-Id, ETag", WireResponses.header(response, "Access-Control-Expose-Headers"));

    WireResponse byPattern = get(CREDENTIALS, "https://shop.example.org");
    assertEquals("https://shop.example.org", allowOrigin(byPattern));

    WireResponse refused = get(CREDENTIALS, "https://evil.test");
    assertFalse(Chain.hasAnyAllowHeader(refused));
    assertNull(WireResponses.header(refused, "Access-Control-Expose-Headers"));
  }

  @Test
  void starWithCredentialsIsRejectedAtConfiguration() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> CorsConfig.builder().allowCredentials(true).build());
    assertTrue(error.getMessage().contains("List the origins"), error.getMessage());
  }

  @Test
  void requestWithoutOriginGetsOnlyVary() throws Exception {
    WireResponse response = Chain.run(EXACT, Chain.exchange("GET", "/a"), e -> Chain.ok());
    assertFalse(Chain.hasAnyAllowHeader(response));
    assertEquals(List.of("Origin"), Chain.all(response, "Vary"));
  }

  @Test
  void errorResponsesGetCorsHeaders() throws Exception {
    Exchange exchange = Chain.exchange("GET", "/nope", "Origin", "https://app.example.com");
    WireResponse response = Chain.run(EXACT, exchange, e -> {
      throw LiftError.notFound("No route matches GET /nope");
    });
    assertEquals(404, response.status());
    assertEquals("NOT_FOUND", JsonTree.object(response.body()).get("code"));
    assertEquals("https://app.example.com", allowOrigin(response));
  }

  @Test
  void routesVaryIsMergedAndItsCorsHeadersReplacedForAllowedOrigins() throws Exception {
    WireResponse response = Chain.run(EXACT,
        Chain.exchange("GET", "/a", "Origin", "https://app.example.com"),
        e -> Chain.ok(Map.of("Vary", List.of("Accept-Encoding"),
            "access-control-allow-origin", List.of("*"))));
    assertEquals(List.of("Accept-Encoding, Origin"), Chain.all(response, "Vary"));
    assertEquals(List.of("https://app.example.com"), Chain.all(response, "Access-Control-Allow-Origin"));
  }

  // Preflights

  private static Exchange preflight(String path, String origin, String method, String... more) {
    String[] headers = new String[4 + more.length];
    headers[0] = "Origin";
    headers[1] = origin;
    headers[2] = "Access-Control-Request-Method";
    headers[3] = method;
    System.arraycopy(more, 0, headers, 4, more.length);
    return Chain.exchange("OPTIONS", path, headers);
  }

  private static WireResponse runPreflight(CorsMiddleware cors, Exchange exchange) throws Exception {
    AtomicInteger routeCalls = new AtomicInteger();
    WireResponse response = Chain.run(cors, exchange, e -> {
      routeCalls.incrementAndGet();
      throw LiftError.notFound("no route");
    });
    assertEquals(0, routeCalls.get(), "a preflight never reaches a route");
    return response;
  }

  @Test
  void allowedPreflightOnAnyPath() throws Exception {
    WireResponse response = runPreflight(EXACT, preflight(
        "/no/such/route", "https://app.example.com", "PUT",
        "Access-Control-Request-Headers", "content-type, x-api-key"));
    assertEquals(204, response.status());
    assertNull(response.body());
    assertEquals("https://app.example.com", allowOrigin(response));
    assertEquals("GET, HEAD, POST, PUT, PATCH, DELETE",
        WireResponses.header(response, "Access-Control-Allow-Methods"));
    assertEquals("content-type, x-api-key", WireResponses.header(response, "Access-Control-Allow-Headers"));
    assertEquals("600", WireResponses.header(response, "Access-Control-Max-Age"));
    assertNull(WireResponses.header(response, "Access-Control-Allow-Credentials"));
    assertEquals(List.of(PREFLIGHT_VARY), Chain.all(response, "Vary"));
  }

  @Test
  void preflightWithCredentialsAndConfiguredLists() throws Exception {
    CorsMiddleware cors = new CorsMiddleware(CorsConfig.builder()
        .allowOrigins("https://app.example.com")
        .allowMethods("GET", "POST")
        .allowHeaders("Content-Type", "Authorization")
        .allowCredentials(true)
        .maxAgeSeconds(-1)
        .build());
    WireResponse response = runPreflight(cors, preflight(
        "/orders", "https://app.example.com", "POST", "Access-Control-Request-Headers", "x-other"));
    assertEquals("https://app.example.com", allowOrigin(response));
    assertEquals("true", WireResponses.header(response, "Access-Control-Allow-Credentials"));
    assertEquals("GET, POST", WireResponses.header(response, "Access-Control-Allow-Methods"));
    assertEquals("Content-Type, Authorization", WireResponses.header(response, "Access-Control-Allow-Headers"),
        "the configured list; the browser compares");
    assertNull(WireResponses.header(response, "Access-Control-Max-Age"));
  }

  @Test
  void preflightWithAnyOriginAnswersStar() throws Exception {
    WireResponse response = runPreflight(new CorsMiddleware(), preflight("/x", "https://a.test", "DELETE"));
    assertEquals("*", allowOrigin(response));
    assertNull(WireResponses.header(response, "Access-Control-Allow-Headers"), "none were requested");
  }

  @Test
  void anyMethodEchoesTheRequestedOne() throws Exception {
    CorsMiddleware cors = new CorsMiddleware(CorsConfig.builder().allowMethods("*").build());
    WireResponse response = runPreflight(cors, preflight("/x", "https://a.test", "PROPFIND"));
    assertEquals("PROPFIND", WireResponses.header(response, "Access-Control-Allow-Methods"));
  }

  @Test
  void disallowedOriginPreflightHasNoAllowHeaders() throws Exception {
    WireResponse response = runPreflight(EXACT, preflight("/users", "https://evil.test", "GET"));
    assertEquals(204, response.status());
    assertFalse(Chain.hasAnyAllowHeader(response), response.headers().toString());
    assertFalse(response.headers().toString().contains("evil"));
    assertEquals(List.of(PREFLIGHT_VARY), Chain.all(response, "Vary"));
  }

  @Test
  void disallowedMethodPreflightHasNoAllowHeaders() throws Exception {
    CorsMiddleware cors = new CorsMiddleware(CorsConfig.builder()
        .allowOrigins("https://app.example.com").allowMethods("GET").build());
    WireResponse response = runPreflight(cors, preflight("/users", "https://app.example.com", "DELETE"));
    assertEquals(204, response.status());
    assertFalse(Chain.hasAnyAllowHeader(response));
  }

  @Test
  void requestedHeadersThatAreNotTokensAreNotEchoed() throws Exception {
    WireResponse response = runPreflight(new CorsMiddleware(),
        preflight("/x", "https://a.test", "GET", "Access-Control-Request-Headers", "x-a, <script>"));
    assertNull(WireResponses.header(response, "Access-Control-Allow-Headers"));
  }

  @Test
  void otherOptionsRequestsGoToTheRoute() throws Exception {
    Exchange noRequestMethod = Chain.exchange("OPTIONS", "/x", "Origin", "https://app.example.com");
    WireResponse response = Chain.run(EXACT, noRequestMethod, e -> Chain.ok());
    assertEquals(200, response.status());
    assertEquals("https://app.example.com", allowOrigin(response));

    Exchange noOrigin = Chain.exchange("OPTIONS", "/x", "Access-Control-Request-Method", "GET");
    assertEquals(200, Chain.run(EXACT, noOrigin, e -> Chain.ok()).status());
  }

  // Configuration

  @ParameterizedTest
  @ValueSource(strings = {
      "https://app.example.com/", "https://app.example.com/path", "app.example.com",
      "*.example.com", "https://*example.com", "https://a.*.example.com", "https://*.*.example.com",
      "https://*.example.com:*", "https://", "://x", "1http://x", "https://user@x.com"})
  void malformedOriginsAreRejected(String origin) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> CorsConfig.builder().allowOrigins(origin));
    assertTrue(error.getMessage().contains(origin), error.getMessage());
  }

  @Test
  void configuredOriginsAreCaseInsensitive() throws Exception {
    CorsMiddleware cors = new CorsMiddleware(CorsConfig.builder().allowOrigins("https://App.Example.com").build());
    assertEquals("https://app.example.com", allowOrigin(get(cors, "https://app.example.com")));
  }

  @Test
  void invalidMethodOrHeaderNamesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> CorsConfig.builder().allowMethods("GET POST"));
    assertThrows(IllegalArgumentException.class, () -> CorsConfig.builder().exposeHeaders("X-A\r\n"));
  }

  @Test
  void toBuilderKeepsEverything() {
    CorsConfig config = CorsConfig.builder().allowOrigins("https://a.test").allowCredentials(true)
        .exposeHeaders("ETag").maxAgeSeconds(5).build();
    CorsConfig copy = config.toBuilder().build();
    assertEquals(config.allowOrigins(), copy.allowOrigins());
    assertEquals(config.allowCredentials(), copy.allowCredentials());
    assertEquals(config.exposeHeaders(), copy.exposeHeaders());
    assertEquals(5, copy.maxAgeSeconds());
  }

  /** The documented way to configure. */
  public static class MyCors extends CorsMiddleware {
    public MyCors() {
      super(CorsConfig.builder().allowOrigins("https://app.example.com").build());
    }
  }

  @Test
  void configuresBySubclassing() throws Exception {
    assertEquals("https://app.example.com", allowOrigin(get(new MyCors(), "https://app.example.com")));
    assertNull(allowOrigin(get(new MyCors(), "https://b.example.com")));
  }
}
