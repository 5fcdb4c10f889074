/**
 * Health checks and the {@code /health}, {@code /health/live} and {@code /health/ready} routes:
 * a {@link dev.lift.runtime.health.HealthRegistry} of named checks with timeouts and cached
 * results, served by {@link dev.lift.runtime.health.HealthRoutes}.
 */
package dev.lift.runtime.health;
