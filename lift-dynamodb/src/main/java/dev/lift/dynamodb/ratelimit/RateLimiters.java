package dev.lift.dynamodb.ratelimit;

import dev.lift.dynamodb.FailureListener;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Makes the {@link RateLimiter}s of {@link RateLimit} annotations: one table, one failure mode, one
 * way of counting for all of them. Provide it as a {@code @PreWarm} resource:
 *
 * <pre>{@code
 * @PreWarm public static RateLimiters rateLimiters(DynamoDbClient dynamo) {
 *   return RateLimiters.dynamo(dynamo, "rate-limits", FailureMode.OPEN);
 * }
 * }</pre>
 *
 * Limiters are made at init, once per distinct annotation, by the generated code.
 */
public final class RateLimiters {
  private final DynamoDbClient client;
  private final String tableName;
  private final FailureMode failureMode;
  private final FailureListener failureListener;
  private final Duration callTimeout;
  private final Clock clock;

  private RateLimiters(DynamoDbClient client, String tableName, FailureMode failureMode,
      FailureListener failureListener, Duration callTimeout, Clock clock) {
    this.client = client;
    this.tableName = tableName;
    this.failureMode = Objects.requireNonNull(failureMode, "failureMode");
    this.failureListener = Objects.requireNonNull(failureListener, "failureListener");
    this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Counting in {@code tableName} (partition key {@code pk}, TTL on {@code expires_at}). */
  public static RateLimiters dynamo(DynamoDbClient client, String tableName, FailureMode failureMode) {
    return new RateLimiters(Objects.requireNonNull(client, "client"), Objects.requireNonNull(tableName, "tableName"),
        failureMode, FailureListener.log(), Duration.ofSeconds(1), Clock.systemUTC());
  }

  /** Counting in this process only ({@link RateLimiter#inMemory}): for local runs and tests. */
  public static RateLimiters inMemory() {
    return new RateLimiters(null, "in-memory", FailureMode.OPEN, FailureListener.log(), Duration.ofSeconds(1),
        Clock.systemUTC());
  }

  /** The same, with this listener hearing about DynamoDB failures (default: a JSON log line). */
  public RateLimiters withFailureListener(FailureListener listener) {
    return new RateLimiters(client, tableName, failureMode, listener, callTimeout, clock);
  }

  /** The same, with this bound on each DynamoDB call, retries included (default 1 s). */
  public RateLimiters withCallTimeout(Duration timeout) {
    return new RateLimiters(client, tableName, failureMode, failureListener, timeout, clock);
  }

  /** The same, reading this clock (tests). */
  public RateLimiters withClock(Clock clock) {
    return new RateLimiters(client, tableName, failureMode, failureListener, callTimeout, clock);
  }

  public FailureMode failureMode() {
    return failureMode;
  }

  /** The limiter for one annotation's values; its configuration is checked here (at init). */
  public RateLimiter limiter(String name, int limit, Duration window, WindowKind kind) {
    RateLimitConfig.Builder builder = RateLimitConfig.builder(tableName, name, limit, window)
        .failureMode(failureMode)
        .failureListener(failureListener)
        .callTimeout(callTimeout)
        .clock(clock);
    RateLimitConfig config = (kind == WindowKind.SLIDING ? builder.sliding() : builder.fixed()).build();
    return client == null ? RateLimiter.inMemory(config) : new RateLimiter(client, config);
  }
}
