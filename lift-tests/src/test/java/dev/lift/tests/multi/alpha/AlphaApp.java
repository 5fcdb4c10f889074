package dev.lift.tests.multi.alpha;

import dev.lift.annotations.LiftApplication;

/** Owns the routes of this package and its sub-packages, except those under {@code admin}. */
@LiftApplication
public final class AlphaApp {
  private AlphaApp() {}
}
