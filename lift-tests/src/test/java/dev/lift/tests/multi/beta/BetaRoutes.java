package dev.lift.tests.multi.beta;

import dev.lift.annotations.Route;

public class BetaRoutes {
  @Route("GET /beta")
  public String beta() {
    return "beta";
  }

  @Route("GET /shared")
  public String shared() {
    return "shared by beta";
  }
}
