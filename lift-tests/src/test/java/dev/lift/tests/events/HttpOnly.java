package dev.lift.tests.events;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.Middleware;

/** HTTP middleware only: never runs for events. */
public class HttpOnly implements Middleware {
  @Override
  public WireResponse before(Exchange exchange) {
    Calls.add("HttpOnly.before");
    return null;
  }
}
