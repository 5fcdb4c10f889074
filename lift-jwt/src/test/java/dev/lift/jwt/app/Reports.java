package dev.lift.jwt.app;

import dev.lift.annotations.PathParam;
import dev.lift.annotations.Route;
import dev.lift.jwt.Principal;
import dev.lift.jwt.RequireAccess;

/** A class-level requirement, and a route that adds its own on top. */
@RequireAccess(scopes = "reports:read")
public class Reports {
  @Route("GET /reports")
  public String list(Principal principal) {
    return "reports of " + principal.tenant();
  }

  @Route("DELETE /reports/{id}")
  @RequireAccess(roles = "admin", scopes = "reports:write")
  public String delete(@PathParam String id, Principal principal) {
    return "deleted " + id + " by " + principal.user();
  }
}
