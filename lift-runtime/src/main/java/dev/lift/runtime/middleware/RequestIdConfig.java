package dev.lift.runtime.middleware;

import java.util.Objects;

/**
 * How {@link RequestIdMiddleware} names requests.
 *
 * @param headerName the request and response header, {@code X-Request-Id} by default
 * @param trustIncoming whether a caller's own id in that header is kept as the correlation id and
 *     echoed instead of Lambda's request id. Turn it on only when the callers are yours (a
 *     front-end, another service): anyone can send any id.
 */
public record RequestIdConfig(String headerName, boolean trustIncoming) {
  public static final String DEFAULT_HEADER = "X-Request-Id";

  public RequestIdConfig {
    Objects.requireNonNull(headerName, "headerName");
    if (!HeaderValues.isToken(headerName)) {
      throw new IllegalArgumentException("Not a valid header name: '" + headerName + "'");
    }
  }

  /** {@code X-Request-Id}, incoming ids ignored. */
  public static RequestIdConfig defaults() {
    return new RequestIdConfig(DEFAULT_HEADER, false);
  }

  public RequestIdConfig withTrustIncoming(boolean trustIncoming) {
    return new RequestIdConfig(headerName, trustIncoming);
  }

  public RequestIdConfig withHeaderName(String headerName) {
    return new RequestIdConfig(headerName, trustIncoming);
  }
}
