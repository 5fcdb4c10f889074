package dev.lift.tests.app;

import dev.lift.annotations.PathParam;
import dev.lift.annotations.Route;

/** Routes for the path rules: trailing slashes, empty segments and percent-decoding. */
public class PathRoutes {
  @Route("GET /path/users")
  public String users() {
    return "users";
  }

  @Route("GET /path/users/{id}")
  public String user(@PathParam String id) {
    return "user:" + id;
  }

  @Route("GET /path/users/{id}/x")
  public String userX(@PathParam String id) {
    return "x of " + id;
  }

  @Route("GET /path/echo/{value}")
  public String echo(@PathParam String value) {
    return value;
  }

  @Route("GET /path/files/{path+}")
  public String file(@PathParam String path) {
    return path;
  }
}
