package dev.lift.tests.multi.beta;

import dev.lift.annotations.LiftApplication;

@LiftApplication
public final class BetaApp {
  private BetaApp() {}
}
