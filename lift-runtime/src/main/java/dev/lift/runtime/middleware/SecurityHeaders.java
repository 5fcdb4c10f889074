package dev.lift.runtime.middleware;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The headers {@link SecurityHeadersMiddleware} adds, in order. Immutable; start from a preset
 * and change it with {@link #toBuilder()}:
 *
 * <pre>{@code
 * SecurityHeaders.jsonApi().toBuilder()
 *     .contentSecurityPolicy("default-src 'self'")
 *     .omit(SecurityHeaders.CACHE_CONTROL)
 *     .header("Permissions-Policy", "geolocation=()")
 *     .build();
 * }</pre>
 */
public final class SecurityHeaders {
  public static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";
  public static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
  public static final String FRAME_OPTIONS = "X-Frame-Options";
  public static final String REFERRER_POLICY = "Referrer-Policy";
  public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
  public static final String CACHE_CONTROL = "Cache-Control";

  private static final SecurityHeaders JSON_API =
      builder()
          .strictTransportSecurity("max-age=63072000; includeSubDomains")
          .header(CONTENT_TYPE_OPTIONS, "nosniff")
          .frameOptions("DENY")
          .referrerPolicy("no-referrer")
          .contentSecurityPolicy("default-src 'none'; frame-ancestors 'none'")
          .cacheControl("no-store")
          .build();

  /** Keyed by lower-case name; each entry keeps the name as written. */
  private final Map<String, Map.Entry<String, String>> headers;

  private SecurityHeaders(Map<String, Map.Entry<String, String>> headers) {
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /**
   * For APIs that answer JSON to programs and browsers' scripts, never pages (OWASP's REST
   * recommendations):
   *
   * <pre>
   * Strict-Transport-Security: max-age=63072000; includeSubDomains
   * X-Content-Type-Options: nosniff
   * X-Frame-Options: DENY
   * Referrer-Policy: no-referrer
   * Content-Security-Policy: default-src 'none'; frame-ancestors 'none'
   * Cache-Control: no-store
   * </pre>
   *
   * {@code Cache-Control: no-store} is included because API answers are usually per user and a
   * shared cache must not keep them; since a route's own headers always win, a route that may be
   * cached says so with its own {@code Cache-Control}.
   */
  public static SecurityHeaders jsonApi() {
    return JSON_API;
  }

  /** No headers; add the ones wanted. */
  public static Builder builder() {
    return new Builder(new LinkedHashMap<>());
  }

  public Builder toBuilder() {
    return new Builder(new LinkedHashMap<>(headers));
  }

  /** Name to value, in the order they are added to responses. */
  public Map<String, String> headers() {
    Map<String, String> byName = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : headers.values()) {
      byName.put(header.getKey(), header.getValue());
    }
    return Collections.unmodifiableMap(byName);
  }

  public static final class Builder {
    private final Map<String, Map.Entry<String, String>> headers;

    private Builder(Map<String, Map.Entry<String, String>> headers) {
      this.headers = headers;
    }

    /** Adds a header, or changes the value of one already there (name in any capitalisation). */
    public Builder header(String name, String value) {
      Objects.requireNonNull(value, "value");
      if (name == null || !HeaderValues.isToken(name)) {
        throw new IllegalArgumentException("Not a valid header name: '" + name + "'");
      }
      if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("Header " + name + " has a line break in its value");
      }
      headers.put(name.toLowerCase(Locale.ROOT), Map.entry(name, value));
      return this;
    }

    /** Leaves a header out. */
    public Builder omit(String name) {
      headers.remove(name.toLowerCase(Locale.ROOT));
      return this;
    }

    public Builder strictTransportSecurity(String value) {
      return header(STRICT_TRANSPORT_SECURITY, value);
    }

    public Builder frameOptions(String value) {
      return header(FRAME_OPTIONS, value);
    }

    public Builder referrerPolicy(String value) {
      return header(REFERRER_POLICY, value);
    }

    public Builder contentSecurityPolicy(String value) {
      return header(CONTENT_SECURITY_POLICY, value);
    }

    public Builder cacheControl(String value) {
      return header(CACHE_CONTROL, value);
    }

    public SecurityHeaders build() {
      return new SecurityHeaders(headers);
    }
  }
}
