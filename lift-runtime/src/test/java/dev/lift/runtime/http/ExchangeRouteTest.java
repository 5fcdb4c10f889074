package dev.lift.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lift.runtime.Dispatcher;
import dev.lift.runtime.LiftRuntime;
import org.junit.jupiter.api.Test;

/** The matched route is recorded as a number and named on demand, as middleware sees it. */
class ExchangeRouteTest {
  private static final Dispatcher TABLE = new Dispatcher() {
    @Override
    public WireResponse dispatch(Exchange exchange) {
      throw new AssertionError("not called");
    }

    @Override
    public String routePattern(int route) {
      return route == 0 ? "GET /users" : route == 1 ? "GET /users/{id}" : null;
    }
  };

  private final Exchange exchange =
      new Exchange(Request.builder(EventKind.API_GATEWAY_V2, "GET", "/users/7").build(), null);

  @Test
  void noRouteBeforeMatching() {
    assertNull(exchange.route());
  }

  @Test
  void matchedRouteIsNamedFromTheTable() {
    exchange.matched(TABLE, 1);

    assertEquals("GET /users/{id}", exchange.route());
    assertEquals("GET /users/{id}", exchange.route(), "asking twice gives the same answer");
  }

  /** How generated entry classes record it: the entry class is the runtime, which names its routes. */
  @Test
  void matchedRouteIsNamedFromARuntimeSubclass() {
    LiftRuntime entry = new LiftRuntime(TABLE) {
      @Override
      public String routePattern(int route) {
        return route == 1 ? "POST /orders" : null;
      }
    };
    exchange.matched(entry, 1);

    assertEquals("POST /orders", exchange.route());
  }

  /** A runtime that wraps a dispatcher names routes from it. */
  @Test
  void matchedRouteIsNamedThroughAWrappingRuntime() {
    exchange.matched(new LiftRuntime(TABLE), 0);

    assertEquals("GET /users", exchange.route());
  }

  @Test
  void noMatchIsNoRoute() {
    exchange.matched(TABLE, -3);

    assertNull(exchange.route());
  }

  @Test
  void aRouteSetByNameReplacesTheMatch() {
    exchange.matched(TABLE, 0);
    exchange.route("POST /other");

    assertEquals("POST /other", exchange.route());

    exchange.route(null);
    assertNull(exchange.route());
  }
}
