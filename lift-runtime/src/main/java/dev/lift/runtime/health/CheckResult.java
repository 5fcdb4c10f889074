package dev.lift.runtime.health;

import java.util.Map;

/**
 * One check's outcome in a {@link HealthReport}.
 *
 * @param state what it found; DOWN when it threw or timed out
 * @param durationMillis how long it ran
 * @param details its details, or the error when it threw or timed out
 * @param required whether readiness needs it
 */
public record CheckResult(
    HealthStatus.State state, long durationMillis, Map<String, Object> details, boolean required) {
  public CheckResult {
    details = details == null ? Map.of() : details;
  }
}
