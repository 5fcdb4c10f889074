package dev.lift.tests.app;

import dev.lift.annotations.PathParam;
import dev.lift.annotations.Route;
import dev.lift.runtime.http.Request;

/** A route declared without a stage, as HTTP API routes are. */
public class StageRoutes {
  @Route("GET /users/{id}")
  public String user(@PathParam String id, Request request) {
    return "user " + id + " in stage " + request.stage();
  }
}
