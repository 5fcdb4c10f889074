package dev.lift.tests.multi.alpha.admin.tools;

import dev.lift.annotations.Route;

/** Two levels below AlphaApp, one below AdminApp: belongs to AdminApp, the nearest. */
public class ToolRoutes {
  @Route("GET /admin/tools")
  public String tools() {
    return "admin tools";
  }
}
