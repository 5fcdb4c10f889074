package dev.lift.tests.mw;

import dev.lift.annotations.PathParam;
import dev.lift.annotations.Recover;
import dev.lift.annotations.Route;
import dev.lift.runtime.error.LiftError;

/** Two recoveries of related types, the general one declared first. */
public class SpecificRoutes {
  @Route("GET /mw/specific/{kind}")
  public static String fail(@PathParam String kind) throws Exception {
    throw Failures.of(kind);
  }

  @Recover
  public static LiftError argument(IllegalArgumentException e) {
    return new LiftError(400, "ARGUMENT", "Bad argument: " + e.getMessage());
  }

  @Recover
  public static LiftError number(NumberFormatException e) {
    return new LiftError(400, "NUMBER", "Not a number: " + e.getMessage());
  }
}
