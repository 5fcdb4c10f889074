package dev.lift.samples.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.dynamodb.Dynalite;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A dynalite of its own is stopped under running handlers: {@code /health} and
 * {@code /health/ready} answer 503, the liveness probe still 200, routes answer 503
 * {@code UNAVAILABLE} with the standard error body (never a 500 with internals), and the payment
 * rate limit behaves as configured: CLOSED (the default) refuses with 503 and {@code Retry-After},
 * OPEN lets the request through to the route.
 */
class OutageTest {
  private static Dynalite doomed;
  private static Api api;
  private static Api failOpen;
  private static String token;
  private static String accountId;

  @BeforeAll
  static void startThenStop() {
    doomed = Dynalite.startSeparate("payments-outage");
    // One attempt per call instead of the SDK's retries with back-off (read when a client is
    // built): the answers are the same, only sooner.
    System.setProperty("aws.maxAttempts", "1");
    try {
      api = Api.dynamo(doomed.endpoint().toString(), "outage", Map.of());
      failOpen = Api.dynamo(doomed.endpoint().toString(), "outage", Map.of("PAYMENTS_RATE_LIMIT_FAILURE_MODE", "OPEN"));
    } finally {
      System.clearProperty("aws.maxAttempts");
    }
    token = Tokens.hs256("ada", "acme");
    api.send(ApiEvent.of("GET", "/health")).expect(200);
    accountId = api.send(ApiEvent.of("POST", "/accounts").bearer(token)
        .json("{\"name\":\"Ops\",\"currency\":\"EUR\"}")).expect(201).json().path("id").asText();
    doomed.close();
  }

  @AfterAll
  static void stop() {
    doomed.close();
  }

  @Test
  void healthAnswers503WhenDynamoDbIsUnreachable() throws InterruptedException {
    Thread.sleep(1100); // the registry reuses a result for one second
    Api.Reply health = api.send(ApiEvent.of("GET", "/health")).expect(503);
    assertEquals("DOWN", health.json().path("status").asText(), health::toString);
    assertEquals("DOWN", health.json().path("checks").path("dynamodb").path("status").asText(), health::toString);
    api.send(ApiEvent.of("GET", "/health/ready")).expect(503);
    api.send(ApiEvent.of("GET", "/health/live")).expect(200);
  }

  @Test
  void routesAnswer503Unavailable() {
    Api.Reply reply = api.send(ApiEvent.of("GET", "/accounts/" + accountId).bearer(token)).expect(503, "UNAVAILABLE");
    assertTrue(reply.json().path("message").asText().contains("data store is unavailable"), reply::toString);
  }

  @Test
  void closedRateLimitRefusesWith503AndRetryAfter() {
    Api.Reply reply = api.send(ApiEvent.of("POST", "/accounts/" + accountId + "/payments").bearer(token)
        .json("{\"amount\":100}")).expect(503, "UNAVAILABLE");
    assertTrue(reply.json().path("message").asText().contains("Rate limiting is unavailable"), reply::toString);
    assertEquals("1", reply.header("Retry-After"));
  }

  @Test
  void openRateLimitLetsTheRequestReachTheRoute() {
    Api.Reply reply = failOpen.send(ApiEvent.of("POST", "/accounts/" + accountId + "/payments").bearer(token)
        .json("{\"amount\":100}")).expect(503, "UNAVAILABLE");
    // The route ran (its store failed), so the limiter did not refuse the request.
    assertTrue(reply.json().path("message").asText().contains("data store is unavailable"), reply::toString);
    assertNull(reply.header("X-RateLimit-Remaining"), "no count is known");
  }
}
