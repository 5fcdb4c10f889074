package com.example.events;

import dev.lift.annotations.LiftApplication;
import dev.lift.annotations.Middleware;
import dev.lift.annotations.Route;

@LiftApplication
@Middleware({Audit.class, Cors.class})
public final class EventsApp {
  @Route("GET /health")
  public static String health() {
    return "ok";
  }
}
