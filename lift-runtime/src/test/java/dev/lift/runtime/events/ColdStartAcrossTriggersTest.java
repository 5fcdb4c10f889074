package dev.lift.runtime.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.Request;
import org.junit.jupiter.api.Test;

/** A function with HTTP routes and event handlers reports one cold start, whichever comes first. */
class ColdStartAcrossTriggersTest {
  @Test
  void anEventFirstLeavesTheFollowingRequestWarm() {
    EventExchange.resetColdStart();

    EventExchange event = new EventExchange(dev.lift.runtime.events.EventKind.SQS, "orders", "m-1", null);
    Exchange request = new Exchange(Request.builder(EventKind.API_GATEWAY_V2, "GET", "/x").build(), null);

    assertTrue(event.coldStart());
    assertFalse(request.coldStart());
  }

  @Test
  void aRequestFirstLeavesTheFollowingEventWarm() {
    Exchange.resetColdStart();

    Exchange request = new Exchange(Request.builder(EventKind.API_GATEWAY_V2, "GET", "/x").build(), null);
    EventExchange event = new EventExchange(dev.lift.runtime.events.EventKind.SQS, "orders", "m-1", null);

    assertTrue(request.coldStart());
    assertFalse(event.coldStart());
  }
}
