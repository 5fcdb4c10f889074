package dev.lift.runtime.middleware;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What {@link CorsMiddleware} allows. Immutable; made with {@link #builder()}:
 *
 * <pre>{@code
 * CorsConfig.builder()
 *     .allowOrigins("https://app.example.com", "https://*.example.com", "http://localhost:*")
 *     .allowCredentials(true)
 *     .exposeHeaders("X-Request-Id")
 *     .build();
 * }</pre>
 *
 * <p>Origins are written as browsers send them, {@code scheme://host[:port]} without a path or a
 * trailing slash, and compared case-insensitively. {@code *} allows every origin. Two patterns
 * are understood: {@code https://*.example.com} (any subdomain, at any depth, of example.com, but
 * not example.com itself) and {@code http://localhost:*} (any port). Any other use of {@code *}
 * is rejected when the configuration is built, as are malformed origins: a mistake fails the
 * function's start, not each request.
 *
 * <p>{@code *} cannot be combined with {@link Builder#allowCredentials(boolean)}: that would let
 * every web site make requests with your users' cookies. List the origins, or use a pattern.
 *
 * <p>Defaults ({@link #defaults()}): every origin, methods {@code GET, HEAD, POST, PUT, PATCH,
 * DELETE}, every request header, no exposed headers, no credentials, preflights cached for 600
 * seconds.
 */
public final class CorsConfig {
  public static final List<String> DEFAULT_METHODS =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
  public static final int DEFAULT_MAX_AGE_SECONDS = 600;

  private final List<String> allowOrigins;
  private final List<String> allowMethods;
  private final List<String> allowHeaders;
  private final List<String> exposeHeaders;
  private final boolean allowCredentials;
  private final int maxAgeSeconds;

  private CorsConfig(Builder builder) {
    this.allowOrigins = List.copyOf(builder.allowOrigins);
    this.allowMethods = List.copyOf(builder.allowMethods);
    this.allowHeaders = List.copyOf(builder.allowHeaders);
    this.exposeHeaders = List.copyOf(builder.exposeHeaders);
    this.allowCredentials = builder.allowCredentials;
    this.maxAgeSeconds = builder.maxAgeSeconds;
  }

  public static CorsConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Origins, lower-cased: exact ones, patterns and {@code *}. */
  public List<String> allowOrigins() {
    return allowOrigins;
  }

  public List<String> allowMethods() {
    return allowMethods;
  }

  public List<String> allowHeaders() {
    return allowHeaders;
  }

  public List<String> exposeHeaders() {
    return exposeHeaders;
  }

  public boolean allowCredentials() {
    return allowCredentials;
  }

  /** How long browsers may cache a preflight answer; negative: the header is not sent. */
  public int maxAgeSeconds() {
    return maxAgeSeconds;
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.allowOrigins = new ArrayList<>(allowOrigins);
    builder.allowMethods = new ArrayList<>(allowMethods);
    builder.allowHeaders = new ArrayList<>(allowHeaders);
    builder.exposeHeaders = new ArrayList<>(exposeHeaders);
    builder.allowCredentials = allowCredentials;
    builder.maxAgeSeconds = maxAgeSeconds;
    return builder;
  }

  public static final class Builder {
    private List<String> allowOrigins = List.of("*");
    private List<String> allowMethods = DEFAULT_METHODS;
    private List<String> allowHeaders = List.of("*");
    private List<String> exposeHeaders = List.of();
    private boolean allowCredentials;
    private int maxAgeSeconds = DEFAULT_MAX_AGE_SECONDS;

    private Builder() {}

    /** Replaces the allowed origins: exact origins, {@code *}, or the patterns described above. */
    public Builder allowOrigins(String... origins) {
      List<String> normalized = new ArrayList<>(origins.length);
      for (String origin : origins) {
        OriginMatcher.validate(origin);
        normalized.add(origin.toLowerCase(Locale.ROOT));
      }
      this.allowOrigins = normalized;
      return this;
    }

    /**
     * Replaces the allowed methods, compared case-sensitively as HTTP does (browsers send {@code
     * PATCH} as written in the page's script); {@code *} allows any.
     */
    public Builder allowMethods(String... methods) {
      this.allowMethods = tokens("method", methods);
      return this;
    }

    /**
     * Replaces the request headers a preflight may ask for; {@code *} allows any (the headers the
     * browser asks for are echoed, which also works with credentials). Empty: none beyond the
     * CORS-safelisted ones.
     */
    public Builder allowHeaders(String... headers) {
      this.allowHeaders = tokens("header", headers);
      return this;
    }

    /** Response headers scripts may read beyond the safelisted ones, for example {@code X-Request-Id}. */
    public Builder exposeHeaders(String... headers) {
      this.exposeHeaders = tokens("header", headers);
      return this;
    }

    /** Whether browsers may send cookies and read the response of a credentialed request. */
    public Builder allowCredentials(boolean allowCredentials) {
      this.allowCredentials = allowCredentials;
      return this;
    }

    /** How long browsers may cache a preflight answer (browsers cap it: Chrome at 7200); negative omits it. */
    public Builder maxAgeSeconds(int maxAgeSeconds) {
      this.maxAgeSeconds = maxAgeSeconds;
      return this;
    }

    /** @throws IllegalArgumentException when {@code *} origins are combined with credentials */
    public CorsConfig build() {
      if (allowCredentials && allowOrigins.contains("*")) {
        throw new IllegalArgumentException(
            "CORS: allowOrigins(\"*\") with allowCredentials(true) would let any web site send"
                + " requests with your users' credentials. List the origins, or use a pattern such"
                + " as https://*.example.com.");
      }
      return new CorsConfig(this);
    }

    private static List<String> tokens(String what, String... values) {
      for (String value : values) {
        if (value == null || !HeaderValues.isToken(value)) {
          throw new IllegalArgumentException("CORS: not a valid " + what + " name: '" + value + "'");
        }
      }
      return List.copyOf(Arrays.asList(values));
    }
  }
}
