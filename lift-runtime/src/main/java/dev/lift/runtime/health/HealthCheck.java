package dev.lift.runtime.health;

/**
 * Looks at one dependency. Registered by name with a {@link HealthRegistry}, which runs it with a
 * timeout and caches its result; a check that throws counts as DOWN with the exception as its
 * error.
 *
 * <pre>{@code
 * registry.register("orders-table", () -> dynamo.describeTable(req).table() != null
 *     ? HealthStatus.up()
 *     : HealthStatus.down("table missing"));
 * }</pre>
 */
@FunctionalInterface
public interface HealthCheck {
  HealthStatus check() throws Exception;
}
