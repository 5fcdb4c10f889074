package dev.lift.tests.events;

import dev.lift.runtime.events.EventExchange;
import dev.lift.runtime.events.EventMiddleware;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.Middleware;

/** Application middleware for HTTP and events alike. */
public class Journal implements Middleware, EventMiddleware {
  @Override
  public WireResponse after(Exchange exchange, WireResponse response) {
    Calls.add("Journal.http(" + response.status() + ")");
    return response;
  }

  @Override
  public void before(EventExchange exchange) {
    Calls.add("Journal.before(" + exchange.source() + " " + exchange.key() + " " + exchange.handler() + ")");
  }

  @Override
  public void after(EventExchange exchange) {
    Calls.add("Journal.after(" + (exchange.error() == null ? "ok" : exchange.error().getClass().getSimpleName()) + ")");
  }
}
