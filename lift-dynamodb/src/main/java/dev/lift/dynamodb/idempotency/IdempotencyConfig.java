package dev.lift.dynamodb.idempotency;

import dev.lift.dynamodb.FailureListener;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * An {@link IdempotencyStore}'s settings.
 *
 * @param tableName the table (partition key {@code pk}, TTL on {@code expires_at})
 * @param retention how long a completed response is replayed (default 24 hours); TTL removes the
 *     record after it, and an expired record that TTL has not removed yet counts as absent
 * @param inProgressTimeout how long a claim holds when the request's Lambda deadline is unknown
 *     (default 60 s): if a container dies while running the handler, duplicates get 409 until
 *     then, and the next one runs the handler again
 * @param maxResponseBytes larger responses are not stored: the key is released instead (default
 *     350 000 bytes, under DynamoDB's 400 KB item limit)
 * @param failureListener told about DynamoDB failures
 * @param clock the time (tests)
 */
public record IdempotencyConfig(
    String tableName,
    Duration retention,
    Duration inProgressTimeout,
    int maxResponseBytes,
    FailureListener failureListener,
    Clock clock) {

  public IdempotencyConfig {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(inProgressTimeout, "inProgressTimeout");
    Objects.requireNonNull(failureListener, "failureListener");
    Objects.requireNonNull(clock, "clock");
    if (retention.toSeconds() < 1) {
      throw new IllegalArgumentException("retention is at least 1 second: " + retention);
    }
    if (inProgressTimeout.toMillis() < 1) {
      throw new IllegalArgumentException("inProgressTimeout is positive: " + inProgressTimeout);
    }
    if (maxResponseBytes < 1024 || maxResponseBytes > 390_000) {
      throw new IllegalArgumentException("maxResponseBytes is between 1024 and 390000: " + maxResponseBytes);
    }
  }

  /** Defaults for everything but the table. */
  public static IdempotencyConfig defaults(String tableName) {
    return new IdempotencyConfig(tableName, Duration.ofHours(24), Duration.ofSeconds(60), 350_000,
        FailureListener.log(), Clock.systemUTC());
  }

  public IdempotencyConfig withRetention(Duration retention) {
    return new IdempotencyConfig(tableName, retention, inProgressTimeout, maxResponseBytes, failureListener, clock);
  }

  public IdempotencyConfig withInProgressTimeout(Duration timeout) {
    return new IdempotencyConfig(tableName, retention, timeout, maxResponseBytes, failureListener, clock);
  }

  public IdempotencyConfig withMaxResponseBytes(int maxResponseBytes) {
    return new IdempotencyConfig(tableName, retention, inProgressTimeout, maxResponseBytes, failureListener, clock);
  }

  public IdempotencyConfig withFailureListener(FailureListener listener) {
    return new IdempotencyConfig(tableName, retention, inProgressTimeout, maxResponseBytes, listener, clock);
  }

  public IdempotencyConfig withClock(Clock clock) {
    return new IdempotencyConfig(tableName, retention, inProgressTimeout, maxResponseBytes, failureListener, clock);
  }
}
