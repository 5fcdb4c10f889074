package dev.lift.runtime.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.testing.JsonTree;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BodyLimitMiddlewareTest {
  private static Exchange withBody(int bytes) {
    return Chain.exchange(
        Request.builder(EventKind.API_GATEWAY_V2, "POST", "/upload").body(new byte[bytes]).build());
  }

  @Test
  void bodyAtTheLimitPasses() throws Exception {
    WireResponse response = Chain.run(new BodyLimitMiddleware(10), withBody(10), e -> Chain.ok());
    assertEquals(200, response.status());
  }

  @Test
  void largerBodyAnswers413WithTheErrorBodyAndSkipsTheRoute() throws Exception {
    AtomicBoolean routeRan = new AtomicBoolean();
    Exchange exchange = withBody(11);
    WireResponse response = Chain.run(new BodyLimitMiddleware(10), exchange, e -> {
      routeRan.set(true);
      return Chain.ok();
    });
    assertFalse(routeRan.get());
    assertEquals(413, response.status());
    assertEquals(List.of("application/json"), Chain.all(response, "Content-Type"));
    Map<String, Object> body = JsonTree.object(response.body());
    assertEquals("PAYLOAD_TOO_LARGE", body.get("code"));
    assertEquals("Request body is larger than the limit of 10 bytes", body.get("message"));
    assertEquals(Chain.REQUEST_ID, body.get("request_id"));
    assertTrue(exchange.error() instanceof LiftError, "outer layers can see what happened");
  }

  @Test
  void noBodyPassesEvenAZeroLimit() throws Exception {
    assertEquals(200, Chain.run(new BodyLimitMiddleware(0), Chain.exchange("GET", "/a"), e -> Chain.ok()).status());
    assertEquals(413, Chain.run(new BodyLimitMiddleware(0), withBody(1), e -> Chain.ok()).status());
  }

  @Test
  void defaultIsOneMebibyte() throws Exception {
    assertEquals(1024 * 1024, new BodyLimitMiddleware().maxBytes());
    assertEquals(200, Chain.run(new BodyLimitMiddleware(), withBody(1024 * 1024), e -> Chain.ok()).status());
    assertEquals(413, Chain.run(new BodyLimitMiddleware(), withBody(1024 * 1024 + 1), e -> Chain.ok()).status());
  }

  @Test
  void negativeLimitIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new BodyLimitMiddleware(-1));
  }
}
