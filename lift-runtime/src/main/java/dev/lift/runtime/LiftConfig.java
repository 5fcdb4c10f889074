package dev.lift.runtime;

import java.util.function.UnaryOperator;

/**
 * Runtime limits. {@link #fromEnvironment()} reads {@code LIFT_MAX_BODY_BYTES} (default 6 MiB,
 * Lambda's own synchronous payload limit) and {@code LIFT_TIMEOUT_MARGIN_MS} (default 0, off).
 *
 * @param maxBodyBytes the largest decoded request body accepted; larger ones answer 413
 * @param timeoutMarginMillis when positive, a request still running this many milliseconds before
 *     the Lambda deadline is answered 504 {@code TIMEOUT}, so the client gets the standard error
 *     body instead of API Gateway's bare timeout; see {@link LiftRuntime}
 */
public record LiftConfig(int maxBodyBytes, int timeoutMarginMillis) {
  public static final int DEFAULT_MAX_BODY_BYTES = 6 * 1024 * 1024;

  public LiftConfig {
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException("maxBodyBytes must not be negative: " + maxBodyBytes);
    }
    if (timeoutMarginMillis < 0) {
      throw new IllegalArgumentException("timeoutMarginMillis must not be negative: " + timeoutMarginMillis);
    }
  }

  /** No timeout margin. */
  public LiftConfig(int maxBodyBytes) {
    this(maxBodyBytes, 0);
  }

  public static LiftConfig defaults() {
    return new LiftConfig(DEFAULT_MAX_BODY_BYTES, 0);
  }

  public static LiftConfig fromEnvironment() {
    // Not from(System::getenv): the first method reference of a JVM bootstraps the lambda
    // machinery, which every cold start paid (figures in README.md, "Cold start").
    return new LiftConfig(
        LiftRuntime.maxBodyBytes(System.getenv(LiftRuntime.MAX_BODY_BYTES)),
        LiftRuntime.timeoutMarginMillis(System.getenv(LiftRuntime.TIMEOUT_MARGIN_MS)));
  }

  static LiftConfig from(UnaryOperator<String> environment) {
    return new LiftConfig(
        LiftRuntime.maxBodyBytes(environment.apply(LiftRuntime.MAX_BODY_BYTES)),
        LiftRuntime.timeoutMarginMillis(environment.apply(LiftRuntime.TIMEOUT_MARGIN_MS)));
  }

  public LiftConfig withTimeoutMarginMillis(int timeoutMarginMillis) {
    return new LiftConfig(maxBodyBytes, timeoutMarginMillis);
  }
}
