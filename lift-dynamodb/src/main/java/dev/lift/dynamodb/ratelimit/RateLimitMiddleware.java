package dev.lift.dynamodb.ratelimit;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.error.Recovery;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.metrics.Metrics;
import dev.lift.runtime.middleware.Middleware;
import dev.lift.runtime.middleware.WireResponses;
import java.util.Objects;

/**
 * Applies a {@link RateLimiter} to the routes it covers. Every counted response carries
 *
 * <pre>
 * X-RateLimit-Limit: 100         requests per window
 * X-RateLimit-Remaining: 41      left in this window
 * X-RateLimit-Reset: 1767225660  when the window ends, epoch seconds
 * </pre>
 *
 * and a request over the limit answers 429 {@code RATE_LIMITED} (the standard error body) with
 * {@code Retry-After} in seconds, before any inner layer or the route runs. When DynamoDB cannot be
 * asked, the limiter's {@link FailureMode} decides: open lets the request through without headers,
 * closed answers 503 {@code UNAVAILABLE} with {@code Retry-After: 1}; both add 1 to the request's
 * {@code RateLimiterErrors} metric. Requests over the limit add 1 to {@code RateLimited}.
 *
 * <p>The key comes from a {@link KeyResolver}, by default the authenticated user, else the source
 * address; a request for which the resolver has no key is not limited. Apply it inside the
 * authentication middleware so that the user is known. When two limiters cover a route, the
 * headers are those of the innermost one.
 *
 * <p>Configure by subclassing, with the client injected as a {@code @PreWarm} resource:
 *
 * <pre>{@code
 * public class PerUserLimit extends RateLimitMiddleware {
 *   public PerUserLimit(DynamoDbClient dynamo) {
 *     super(new RateLimiter(dynamo, RateLimitConfig.builder("rate-limits", "per-user", 100, Duration.ofMinutes(1)).build()),
 *         KeyResolver.firstOf(KeyResolver.user(), KeyResolver.sourceIp()));
 *   }
 * }
 * }</pre>
 */
public class RateLimitMiddleware implements Middleware {
  /** The exchange attribute with this request's {@link RateLimitResult}. */
  public static final String ATTRIBUTE = "lift.rateLimit";

  private final RateLimiter limiter;
  private final KeyResolver keys;

  /** Keyed by user, else source address; for a {@link RateLimiter} resource. */
  public RateLimitMiddleware(RateLimiter limiter) {
    this(limiter, KeyResolver.firstOf(KeyResolver.user(), KeyResolver.sourceIp()));
  }

  protected RateLimitMiddleware(RateLimiter limiter, KeyResolver keys) {
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  public RateLimiter limiter() {
    return limiter;
  }

  @Override
  public WireResponse before(Exchange exchange) {
    String key = keys.resolve(exchange);
    if (key == null) {
      return null;
    }
    RateLimitResult result = limiter.acquire(key);
    exchange.attribute(ATTRIBUTE, result);
    if (result.failed()) {
      exchange.metrics().add("RateLimiterErrors", 1, Metrics.Unit.COUNT);
      if (!result.allowed()) {
        WireResponse unavailable = Recovery.standard(exchange,
            LiftError.unavailable("Rate limiting is unavailable; try again shortly"));
        return WireResponses.edit(unavailable).set("Retry-After", "1").build();
      }
      return null;
    }
    if (!result.allowed()) {
      exchange.metrics().add("RateLimited", 1, Metrics.Unit.COUNT);
      WireResponse limited = Recovery.standard(exchange, LiftError.rateLimited(
          "Rate limit of " + result.limit() + " requests per " + describe(limiter.config()) + " exceeded; retry in "
              + result.retryAfterSeconds() + " s"));
      return headers(WireResponses.edit(limited).set("Retry-After", Long.toString(result.retryAfterSeconds())), result);
    }
    return null;
  }

  @Override
  public WireResponse after(Exchange exchange, WireResponse response) {
    Object value = exchange.attribute(ATTRIBUTE);
    if (!(value instanceof RateLimitResult) || ((RateLimitResult) value).failed()) {
      return response;
    }
    RateLimitResult result = (RateLimitResult) value;
    return WireResponses.edit(response)
        .setIfAbsent("X-RateLimit-Limit", Integer.toString(result.limit()))
        .setIfAbsent("X-RateLimit-Remaining", Integer.toString(result.remaining()))
        .setIfAbsent("X-RateLimit-Reset", Long.toString(result.resetEpochSeconds()))
        .build();
  }

  private static WireResponse headers(WireResponses.Edit edit, RateLimitResult result) {
    return edit
        .set("X-RateLimit-Limit", Integer.toString(result.limit()))
        .set("X-RateLimit-Remaining", Integer.toString(result.remaining()))
        .set("X-RateLimit-Reset", Long.toString(result.resetEpochSeconds()))
        .build();
  }

  private static String describe(RateLimitConfig config) {
    long seconds = config.window().toSeconds();
    if (seconds % 3600 == 0) {
      return seconds == 3600 ? "hour" : seconds / 3600 + " hours";
    }
    if (seconds % 60 == 0) {
      return seconds == 60 ? "minute" : seconds / 60 + " minutes";
    }
    return seconds == 1 ? "second" : seconds + " seconds";
  }
}
