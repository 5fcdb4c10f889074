package dev.lift.runtime.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link HealthCheck} found: a state and, optionally, details for the {@code /health}
 * body (shown only when the registry is configured to show them).
 *
 * @param state UP, DEGRADED (works, but watch it) or DOWN
 * @param details values that are strings, numbers, booleans, maps or lists, in insertion order
 */
public record HealthStatus(State state, Map<String, Object> details) {
  private static final HealthStatus UP = new HealthStatus(State.UP, Map.of());

  /** From best to worst. */
  public enum State {
    UP,
    DEGRADED,
    DOWN
  }

  public HealthStatus {
    Objects.requireNonNull(state, "state");
    details = details == null || details.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  public static HealthStatus up() {
    return UP;
  }

  public static HealthStatus up(Map<String, ?> details) {
    return of(State.UP, details);
  }

  public static HealthStatus degraded(String reason) {
    return of(State.DEGRADED, Map.of("reason", reason));
  }

  public static HealthStatus degraded(Map<String, ?> details) {
    return of(State.DEGRADED, details);
  }

  public static HealthStatus down(String error) {
    return of(State.DOWN, Map.of("error", error));
  }

  public static HealthStatus down(Map<String, ?> details) {
    return of(State.DOWN, details);
  }

  @SuppressWarnings("unchecked")
  private static HealthStatus of(State state, Map<String, ?> details) {
    return new HealthStatus(state, (Map<String, Object>) details);
  }
}
