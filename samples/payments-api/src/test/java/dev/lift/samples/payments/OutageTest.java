package dev.lift.samples.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.dynamodb.Dynalite;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A dynalite of its own is stopped under a running handler: {@code /health} and
 * {@code /health/ready} answer 503, the liveness probe still 200, and routes answer 503
 * {@code UNAVAILABLE} with the standard error body (never a 500 with internals).
 */
class OutageTest {
  private static Dynalite doomed;
  private static Api api;
  private static String token;
  private static String accountId;

  @BeforeAll
  static void startThenStop() {
    doomed = Dynalite.startSeparate("payments-outage");
    api = Api.dynamo(doomed.endpoint().toString(), "outage", Map.of());
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
}
