package dev.lift.runtime.middleware;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.HttpMethod;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-origin resource sharing for browsers, as {@link CorsConfig} allows it. Apply it to the
 * {@code @LiftApplication} class: only there does it run for requests that match no route, and a
 * preflight ({@code OPTIONS} to a path that has only {@code GET} and {@code POST} routes, say)
 * matches none.
 *
 * <p><b>Preflights</b>, {@code OPTIONS} requests with {@code Origin} and {@code
 * Access-Control-Request-Method}, are answered here, for any path, and never reach a route:
 *
 * <ul>
 *   <li>origin and method allowed: 204 with {@code Access-Control-Allow-Origin}, {@code -Methods},
 *       {@code -Headers}, {@code -Max-Age} and, with credentials, {@code -Credentials};
 *   <li>otherwise: 204 <em>without any</em> {@code Access-Control-Allow-*} header. The browser
 *       then refuses the real request and shows the CORS error in its console; an error status or
 *       body would tell an attacker nothing more and a developer nothing the console does not.
 * </ul>
 *
 * Both carry {@code Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers}.
 * Requested headers are not checked here: they are answered with the configured list (or echoed
 * when every header is allowed) and the browser compares. Other {@code OPTIONS} requests go to
 * the routes as usual.
 *
 * <p><b>Other requests</b> are served whatever their origin (CORS is enforced by browsers, not by
 * servers). Their responses, error responses included, get {@code Vary: Origin} and, when the
 * origin is allowed, {@code Access-Control-Allow-Origin} ({@code *} when every origin is allowed,
 * else the request's origin), {@code Access-Control-Allow-Credentials: true} when configured, and
 * {@code Access-Control-Expose-Headers}; these replace any the route set. An origin that is not
 * allowed is never echoed, and gets no {@code Access-Control-Allow-*} header from here.
 *
 * <p>Configure by subclassing: {@code public class MyCors extends CorsMiddleware { public MyCors()
 * { super(CorsConfig.builder().allowOrigins("https://app.example.com").build()); } }}.
 */
public class CorsMiddleware implements Middleware {
  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
  static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
  static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
  static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
  static final String MAX_AGE = "Access-Control-Max-Age";
  static final String PREFLIGHT_VARY =
      "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

  private final OriginMatcher origins;
  private final boolean credentials;
  private final boolean anyMethod;
  private final Set<String> methods;
  private final List<String> allowMethods;
  private final boolean anyHeader;
  /** {@code null} when no header beyond the safelisted ones is allowed. */
  private final List<String> allowHeaders;
  private final String exposeHeaders;
  private final List<String> maxAge;
  private final WireResponse refusedPreflight;

  public CorsMiddleware() {
    this(CorsConfig.defaults());
  }

  public CorsMiddleware(CorsConfig config) {
    this.origins = new OriginMatcher(config.allowOrigins());
    this.credentials = config.allowCredentials();
    this.anyMethod = config.allowMethods().contains("*");
    this.methods = Set.copyOf(config.allowMethods());
    this.allowMethods = List.of(String.join(", ", config.allowMethods()));
    this.anyHeader = config.allowHeaders().contains("*");
    this.allowHeaders =
        config.allowHeaders().isEmpty() ? null : List.of(String.join(", ", config.allowHeaders()));
    this.exposeHeaders =
        config.exposeHeaders().isEmpty() ? null : String.join(", ", config.exposeHeaders());
    this.maxAge =
        config.maxAgeSeconds() < 0 ? null : List.of(Integer.toString(config.maxAgeSeconds()));
    this.refusedPreflight =
        new WireResponse(204, Map.of("Vary", List.of(PREFLIGHT_VARY)), List.of(), null, false);
  }

  @Override
  public WireResponse before(Exchange exchange) {
    Request request = exchange.request();
    if (request.methodCode() != HttpMethod.OPTIONS) {
      return null;
    }
    String origin = request.header("Origin");
    String method = request.header("Access-Control-Request-Method");
    if (origin == null || method == null) {
      return null;
    }
    if (!origins.allows(origin) || !methodAllowed(method)) {
      return refusedPreflight;
    }
    return preflight(origin, method, request.header("Access-Control-Request-Headers"));
  }

  @Override
  public WireResponse after(Exchange exchange, WireResponse response) {
    WireResponses.Edit edit = WireResponses.edit(response);
    String origin = exchange.request().header("Origin");
    if (origin != null && origins.allows(origin)) {
      edit.set(ALLOW_ORIGIN, allowOrigin(origin));
      if (credentials) {
        edit.set(ALLOW_CREDENTIALS, "true");
      }
      if (exposeHeaders != null) {
        edit.set(EXPOSE_HEADERS, exposeHeaders);
      }
    }
    return edit.vary("Origin").build();
  }

  private WireResponse preflight(String origin, String method, String requestedHeaders) {
    Map<String, List<String>> headers = new LinkedHashMap<>(8);
    headers.put(ALLOW_ORIGIN, List.of(allowOrigin(origin)));
    if (credentials) {
      headers.put(ALLOW_CREDENTIALS, List.of("true"));
    }
    headers.put(ALLOW_METHODS, anyMethod ? List.of(method) : allowMethods);
    if (anyHeader) {
      if (requestedHeaders != null && HeaderValues.isTokenList(requestedHeaders)) {
        headers.put(ALLOW_HEADERS, List.of(requestedHeaders));
      }
    } else if (allowHeaders != null) {
      headers.put(ALLOW_HEADERS, allowHeaders);
    }
    if (maxAge != null) {
      headers.put(MAX_AGE, maxAge);
    }
    headers.put("Vary", List.of(PREFLIGHT_VARY));
    return new WireResponse(204, headers, List.of(), null, false);
  }

  private boolean methodAllowed(String method) {
    return anyMethod ? HeaderValues.isToken(method) : methods.contains(method);
  }

  /** {@code *} when every origin is allowed (never with credentials: the config forbids it). */
  private String allowOrigin(String origin) {
    return origins.anyOrigin() ? "*" : origin;
  }
}
