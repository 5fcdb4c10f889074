package com.example.shop;

import com.example.shop.web.Tracing;
import dev.lift.annotations.LiftApplication;
import dev.lift.annotations.Middleware;
import dev.lift.annotations.Recover;
import dev.lift.runtime.health.HealthRoutes;
import dev.lift.runtime.error.LiftError;
import java.util.NoSuchElementException;

/**
 * The shop's HTTP API: one Lambda function serving every route below this package. Its middleware
 * runs for every request, its recovery for every route (after a handler class's own). The
 * runtime's {@code /health} routes are included; {@link ShopResources} provides their registry.
 */
@LiftApplication(include = HealthRoutes.class)
@Middleware(Tracing.class)
public class ShopApp {
  @Recover
  public static LiftError missing(NoSuchElementException e) {
    return LiftError.notFound(e.getMessage());
  }

  /** An instance method: the entry class creates one ShopApp for it. */
  @Recover
  public LiftError conflict(IllegalStateException e) {
    return new LiftError(409, "CONFLICT", e.getMessage());
  }
}
