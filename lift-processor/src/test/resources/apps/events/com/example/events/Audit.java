package com.example.events;

import dev.lift.runtime.events.EventExchange;
import dev.lift.runtime.events.EventMiddleware;
import dev.lift.runtime.middleware.Middleware;

/** HTTP and event middleware. */
public class Audit implements Middleware, EventMiddleware {
  @Override
  public void after(EventExchange exchange) {}
}
