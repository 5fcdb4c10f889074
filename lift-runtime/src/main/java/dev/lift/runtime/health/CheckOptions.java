package dev.lift.runtime.health;

import java.time.Duration;
import java.util.Objects;

/**
 * How a registry runs one check.
 *
 * <pre>{@code
 * registry.register("search", HealthChecks.tcp("search.internal", 443, Duration.ofMillis(300)),
 *     CheckOptions.defaults().timeout(Duration.ofMillis(500)).required(false));
 * }</pre>
 *
 * @param timeout how long the check may run; past it, it counts as DOWN ("timed out after N ms")
 * @param required whether readiness needs it; a required check that is DOWN makes the service DOWN
 *     and not ready, an optional one makes it DEGRADED
 */
public record CheckOptions(Duration timeout, boolean required) {
  private static final CheckOptions DEFAULTS = new CheckOptions(Duration.ofSeconds(2), true);

  public CheckOptions {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("A check timeout must be positive, not " + timeout);
    }
  }

  /** A 2 second timeout, required. */
  public static CheckOptions defaults() {
    return DEFAULTS;
  }

  public CheckOptions timeout(Duration timeout) {
    return new CheckOptions(timeout, required);
  }

  public CheckOptions required(boolean required) {
    return new CheckOptions(timeout, required);
  }
}
