package dev.lift.runtime.middleware;

import static dev.lift.runtime.middleware.Chain.REQUEST_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RequestIdMiddlewareTest {
  private static final RequestIdMiddleware TRUSTING =
      new RequestIdMiddleware(RequestIdConfig.defaults().withTrustIncoming(true));

  @Test
  void echoesLambdaRequestId() throws Exception {
    WireResponse response = Chain.run(new RequestIdMiddleware(), Chain.exchange("GET", "/a"), e -> Chain.ok());
    assertEquals(List.of(REQUEST_ID), Chain.all(response, "X-Request-Id"));
  }

  @Test
  void ignoresIncomingIdUnlessTrusted() throws Exception {
    Exchange exchange = Chain.exchange("GET", "/a", "X-Request-Id", "client-id-7");
    WireResponse response = Chain.run(new RequestIdMiddleware(), exchange, e -> Chain.ok());
    assertEquals(List.of(REQUEST_ID), Chain.all(response, "X-Request-Id"));
    assertNull(exchange.correlationId());
  }

  @Test
  void trustedIncomingIdBecomesTheCorrelationIdAndIsEchoed() throws Exception {
    Exchange exchange = Chain.exchange("GET", "/a", "x-request-id", "client-id-7");
    String[] seenByRoute = new String[1];
    WireResponse response = Chain.run(TRUSTING, exchange, e -> {
      seenByRoute[0] = e.correlationId();
      return Chain.ok();
    });
    assertEquals("client-id-7", seenByRoute[0], "inner layers see it");
    assertEquals("client-id-7", exchange.correlationId());
    assertEquals(REQUEST_ID, exchange.requestId(), "the request id stays Lambda's");
    assertEquals(List.of("client-id-7"), Chain.all(response, "X-Request-Id"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "tab\tinside", "new\nline", "ünïcode", "\u007f"})
  void invalidIncomingIdIsIgnored(String incoming) throws Exception {
    Exchange exchange = Chain.exchange("GET", "/a", "X-Request-Id", incoming);
    WireResponse response = Chain.run(TRUSTING, exchange, e -> Chain.ok());
    assertNull(exchange.correlationId());
    assertEquals(List.of(REQUEST_ID), Chain.all(response, "X-Request-Id"));
  }

  @Test
  void incomingIdOfAtMost200CharactersIsKept() throws Exception {
    String longest = "a".repeat(200);
    Exchange kept = Chain.exchange("GET", "/a", "X-Request-Id", longest);
    Chain.run(TRUSTING, kept, e -> Chain.ok());
    assertEquals(longest, kept.correlationId());

    Exchange tooLong = Chain.exchange("GET", "/a", "X-Request-Id", longest + "a");
    WireResponse response = Chain.run(TRUSTING, tooLong, e -> Chain.ok());
    assertNull(tooLong.correlationId());
    assertEquals(List.of(REQUEST_ID), Chain.all(response, "X-Request-Id"));
  }

  @Test
  void errorResponsesCarryTheIdToo() throws Exception {
    WireResponse response = Chain.run(new RequestIdMiddleware(), Chain.exchange("GET", "/a"), e -> {
      throw LiftError.notFound("nope");
    });
    assertEquals(404, response.status());
    assertEquals(List.of(REQUEST_ID), Chain.all(response, "X-Request-Id"));
  }

  @Test
  void routesOwnHeaderWins() throws Exception {
    WireResponse response = Chain.run(new RequestIdMiddleware(), Chain.exchange("GET", "/a"),
        e -> Chain.ok(Map.of("x-request-id", List.of("upstream-5"))));
    assertEquals(List.of("upstream-5"), Chain.all(response, "X-Request-Id"));
  }

  @Test
  void headerNameIsConfigurable() throws Exception {
    RequestIdMiddleware middleware =
        new RequestIdMiddleware(new RequestIdConfig("X-Correlation-Id", true));
    Exchange exchange = Chain.exchange("GET", "/a", "X-Correlation-Id", "corr-1", "X-Request-Id", "other");
    WireResponse response = Chain.run(middleware, exchange, e -> Chain.ok());
    assertEquals(List.of("corr-1"), Chain.all(response, "X-Correlation-Id"));
    assertEquals(List.of(), Chain.all(response, "X-Request-Id"));
    assertThrows(IllegalArgumentException.class, () -> new RequestIdConfig("X Bad", false));
  }

  /** The documented way to configure: a subclass with a no-argument constructor. */
  public static class TrustingIds extends RequestIdMiddleware {
    public TrustingIds() {
      super(RequestIdConfig.defaults().withTrustIncoming(true));
    }
  }

  @Test
  void configuresBySubclassing() throws Exception {
    Exchange exchange = Chain.exchange("GET", "/a", "X-Request-Id", "from-client");
    WireResponse response = Chain.run(new TrustingIds(), exchange, e -> Chain.ok());
    assertEquals(List.of("from-client"), Chain.all(response, "X-Request-Id"));
  }
}
