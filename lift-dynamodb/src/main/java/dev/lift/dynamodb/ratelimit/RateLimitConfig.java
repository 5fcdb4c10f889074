package dev.lift.dynamodb.ratelimit;

import dev.lift.dynamodb.FailureListener;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A limiter's settings: {@code limit} requests per {@code window} for each key.
 *
 * <pre>{@code
 * RateLimitConfig.builder("rate-limits", "api", 100, Duration.ofMinutes(1))
 *     .sliding()
 *     .failureMode(FailureMode.OPEN)
 *     .build();
 * }</pre>
 *
 * @param tableName the table (partition key {@code pk}, TTL on {@code expires_at})
 * @param name names the limiter's items, so that several limiters share a table; letters, digits,
 *     {@code -}, {@code _}, {@code .} and {@code :}
 * @param limit requests per window and key, at least 1
 * @param window the window length, whole milliseconds of at least one second
 * @param kind fixed or sliding windows
 * @param failureMode what to do when DynamoDB cannot be asked
 * @param failureListener told about each DynamoDB failure
 * @param callTimeout the most one DynamoDB call of the limiter may take, retries included (default
 *     1 s): when DynamoDB is unreachable this is what a request waits before the failure mode
 *     decides, so keep it short
 * @param clock the time (tests fix it)
 */
public record RateLimitConfig(
    String tableName,
    String name,
    int limit,
    Duration window,
    WindowKind kind,
    FailureMode failureMode,
    FailureListener failureListener,
    Duration callTimeout,
    Clock clock) {

  public RateLimitConfig {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(failureMode, "failureMode");
    Objects.requireNonNull(failureListener, "failureListener");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(clock, "clock");
    if (callTimeout.toMillis() < 1) {
      throw new IllegalArgumentException("callTimeout is positive: " + callTimeout);
    }
    if (name.isEmpty() || !name.matches("[A-Za-z0-9._:-]{1,64}")) {
      throw new IllegalArgumentException(
          "A limiter name is 1 to 64 letters, digits, '-', '_', '.' or ':', not '" + name + "'");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("A limit is at least 1, not " + limit);
    }
    if (window.compareTo(Duration.ofSeconds(1)) < 0 || window.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("A window is between 1 second and 1 day, not " + window);
    }
  }

  public static Builder builder(String tableName, String name, int limit, Duration window) {
    return new Builder(tableName, name, limit, window);
  }

  public static final class Builder {
    private final String tableName;
    private final String name;
    private final int limit;
    private final Duration window;
    private WindowKind kind = WindowKind.FIXED;
    private FailureMode failureMode = FailureMode.OPEN;
    private FailureListener failureListener = FailureListener.log();
    private Duration callTimeout = Duration.ofSeconds(1);
    private Clock clock = Clock.systemUTC();

    private Builder(String tableName, String name, int limit, Duration window) {
      this.tableName = tableName;
      this.name = name;
      this.limit = limit;
      this.window = window;
    }

    /** Fixed windows (the default). */
    public Builder fixed() {
      this.kind = WindowKind.FIXED;
      return this;
    }

    public Builder sliding() {
      this.kind = WindowKind.SLIDING;
      return this;
    }

    /** Default {@link FailureMode#OPEN}. */
    public Builder failureMode(FailureMode failureMode) {
      this.failureMode = failureMode;
      return this;
    }

    /** Default {@link FailureListener#log()}. */
    public Builder failureListener(FailureListener failureListener) {
      this.failureListener = failureListener;
      return this;
    }

    /** Default 1 s. */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public RateLimitConfig build() {
      return new RateLimitConfig(tableName, name, limit, window, kind, failureMode, failureListener, callTimeout, clock);
    }
  }
}
