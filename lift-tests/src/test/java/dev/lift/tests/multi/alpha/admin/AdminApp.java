package dev.lift.tests.multi.alpha.admin;

import dev.lift.annotations.LiftApplication;

/** A nested application: nearer to the handlers below it than AlphaApp. */
@LiftApplication(handlerName = "AdminHandler")
public final class AdminApp {
  private AdminApp() {}
}
