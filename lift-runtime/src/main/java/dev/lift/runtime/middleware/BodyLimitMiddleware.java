package dev.lift.runtime.middleware;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.error.Recovery;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;

/**
 * Answers 413 {@code PAYLOAD_TOO_LARGE} (the standard error body) when the decoded request body is
 * larger than a limit, before any inner layer or the route runs. For a scope that accepts less
 * than the whole function ({@code LIFT_MAX_BODY_BYTES}, which the runtime enforces while decoding):
 * an upload route may take megabytes while the rest of the API takes kilobytes.
 *
 * <p>Without arguments the limit is {@value #DEFAULT_MAX_BYTES} bytes (1 MiB); configure by
 * subclassing: {@code public class SmallBodies extends BodyLimitMiddleware { public SmallBodies()
 * { super(16 * 1024); } }}.
 */
public class BodyLimitMiddleware implements Middleware {
  public static final int DEFAULT_MAX_BYTES = 1024 * 1024;

  private final int maxBytes;

  public BodyLimitMiddleware() {
    this(DEFAULT_MAX_BYTES);
  }

  public BodyLimitMiddleware(int maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public int maxBytes() {
    return maxBytes;
  }

  @Override
  public WireResponse before(Exchange exchange) {
    Request request = exchange.request();
    if (!request.hasBody() || request.body().length <= maxBytes) {
      return null;
    }
    // Through recovery, as if thrown, so that exchange.error() tells outer layers what happened.
    return Recovery.standard(
        exchange,
        LiftError.payloadTooLarge("Request body is larger than the limit of " + maxBytes + " bytes"));
  }
}
