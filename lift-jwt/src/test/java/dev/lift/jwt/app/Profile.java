package dev.lift.jwt.app;

import dev.lift.annotations.Route;
import dev.lift.jwt.Principal;

/** Any authenticated caller; the principal arrives as a parameter. */
public class Profile {
  @Route("GET /me")
  public String me(Principal principal) {
    return principal.user() + "@" + principal.tenant() + " " + principal.roles();
  }
}
