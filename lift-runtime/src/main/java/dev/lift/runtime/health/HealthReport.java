package dev.lift.runtime.health;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every check's latest result and the service's overall state: DOWN when a required check is
 * DOWN; DEGRADED when a check is DEGRADED or an optional one is DOWN; UP otherwise (and with no
 * checks).
 *
 * @param checks by name, in registration order
 */
public record HealthReport(HealthStatus.State status, Map<String, CheckResult> checks) {
  public HealthReport {
    checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
  }

  static HealthReport of(Map<String, CheckResult> checks) {
    HealthStatus.State overall = HealthStatus.State.UP;
    for (CheckResult result : checks.values()) {
      HealthStatus.State contribution =
          result.state() == HealthStatus.State.DOWN && !result.required()
              ? HealthStatus.State.DEGRADED
              : result.state();
      if (contribution.compareTo(overall) > 0) {
        overall = contribution;
      }
    }
    return new HealthReport(overall, checks);
  }

  /** The names of required checks that are DOWN, in registration order. */
  public List<String> requiredDown() {
    List<String> names = new ArrayList<>(0);
    for (Map.Entry<String, CheckResult> e : checks.entrySet()) {
      if (e.getValue().required() && e.getValue().state() == HealthStatus.State.DOWN) {
        names.add(e.getKey());
      }
    }
    return names;
  }
}
