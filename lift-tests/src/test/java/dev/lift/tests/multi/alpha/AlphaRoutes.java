package dev.lift.tests.multi.alpha;

import dev.lift.annotations.Route;

public class AlphaRoutes {
  @Route("GET /alpha")
  public String alpha() {
    return "alpha";
  }

  /** Also declared by BetaRoutes: each application answers with its own. */
  @Route("GET /shared")
  public String shared() {
    return "shared by alpha";
  }
}
