package dev.lift.tests.events;

import dev.lift.runtime.events.EventExchange;
import dev.lift.runtime.events.EventMiddleware;

/** Event middleware of a handler class. */
public class ClassMw implements EventMiddleware {
  @Override
  public void before(EventExchange exchange) {
    Calls.add("ClassMw.before");
  }

  @Override
  public void after(EventExchange exchange) {
    Calls.add("ClassMw.after");
  }
}
