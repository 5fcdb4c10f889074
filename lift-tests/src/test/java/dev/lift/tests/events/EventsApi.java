package dev.lift.tests.events;

import dev.lift.annotations.LiftApplication;
import dev.lift.annotations.Middleware;
import dev.lift.annotations.Route;

/**
 * An application with a handler of every event kind, and one route. Its application middleware:
 * {@link Journal} serves HTTP and events, {@link HttpOnly} only HTTP (skipped for events).
 */
@LiftApplication
@Middleware({Journal.class, HttpOnly.class})
public final class EventsApi {
  @Route("GET /ping")
  public static String ping() {
    return "pong";
  }
}
