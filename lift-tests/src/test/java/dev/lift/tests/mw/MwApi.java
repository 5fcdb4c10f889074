package dev.lift.tests.mw;

import dev.lift.annotations.LiftApplication;
import dev.lift.annotations.Middleware;
import dev.lift.annotations.Recover;
import dev.lift.runtime.error.LiftError;
import java.util.NoSuchElementException;

/**
 * The application of the middleware tests: two application middleware, which run for every
 * request (also the 404s, 405s and preflights), and the application's recovery.
 */
@LiftApplication
@Middleware({AppOuter.class, AppInner.class})
public final class MwApi {
  @Recover
  public static LiftError missing(NoSuchElementException e) {
    return new LiftError(404, "MISSING", "Missing: " + e.getMessage());
  }

  /** An instance method: the entry class creates one MwApi. */
  @Recover
  public LiftError conflict(IllegalStateException e) {
    return new LiftError(409, "CONFLICT", "Conflict: " + e.getMessage());
  }

  /** A server error that the application maps: answered with its status, and logged. */
  @Recover
  public static LiftError unavailable(java.util.concurrent.TimeoutException e) {
    return new LiftError(503, "UNAVAILABLE", "Try again later");
  }
}
