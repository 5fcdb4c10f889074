package dev.lift.runtime;

/**
 * Runtime limits. {@link #fromEnvironment()} reads {@code LIFT_MAX_BODY_BYTES} (default 6 MiB,
 * Lambda's own synchronous payload limit).
 *
 * @param maxBodyBytes the largest decoded request body accepted; larger ones answer 413
 */
public record LiftConfig(int maxBodyBytes) {
  public static final int DEFAULT_MAX_BODY_BYTES = 6 * 1024 * 1024;

  public LiftConfig {
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException("maxBodyBytes must not be negative: " + maxBodyBytes);
    }
  }

  public static LiftConfig defaults() {
    return new LiftConfig(DEFAULT_MAX_BODY_BYTES);
  }

  public static LiftConfig fromEnvironment() {
    String max = System.getenv("LIFT_MAX_BODY_BYTES");
    if (max == null || max.isBlank()) {
      return defaults();
    }
    try {
      return new LiftConfig(Integer.parseInt(max.trim()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("LIFT_MAX_BODY_BYTES must be a non-negative integer, got '" + max + "'", e);
    }
  }
}
