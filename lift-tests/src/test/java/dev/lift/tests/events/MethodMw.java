package dev.lift.tests.events;

import dev.lift.runtime.events.EventExchange;
import dev.lift.runtime.events.EventMiddleware;

/** Event middleware of one handler method; refuses events whose key is {@code refused}. */
public class MethodMw implements EventMiddleware {
  @Override
  public void before(EventExchange exchange) {
    Calls.add("MethodMw.before(" + exchange.itemId() + ")");
  }

  @Override
  public void after(EventExchange exchange) {
    Calls.add("MethodMw.after");
  }
}
