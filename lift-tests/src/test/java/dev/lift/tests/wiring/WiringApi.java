package dev.lift.tests.wiring;

import dev.lift.annotations.LiftApplication;
import dev.lift.annotations.Middleware;
import dev.lift.runtime.health.HealthRoutes;

/**
 * The application of the wiring tests: {@code @PreWarm} resources that record their creation in
 * the {@link Journal}, handlers and a middleware that receive them by constructor, and the
 * runtime's health routes wired to a registry resource.
 */
@LiftApplication(include = HealthRoutes.class)
@Middleware(StoreHeader.class)
public final class WiringApi {
  private WiringApi() {}
}
