package dev.lift.tests.multi.alpha.reports;

import dev.lift.annotations.Route;

/** In a sub-package of AlphaApp's, with no application of its own: belongs to AlphaApp. */
public class ReportRoutes {
  @Route("GET /alpha/reports")
  public String reports() {
    return "alpha reports";
  }
}
