package dev.lift.samples.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.dynamodb.Dynalite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @Idempotent} on {@code POST /accounts/{id}/payments}, records in DynamoDB (dynalite),
 * across two handler instances: ten concurrent requests with one {@code Idempotency-Key} post the
 * payment once; the others wait (409) or replay; a later duplicate gets the first response byte
 * for byte with {@code Idempotent-Replayed: true}; the same key with another body answers 422.
 */
class IdempotencyTest {
  private static Api first;
  private static Api second;

  @BeforeAll
  static void twoContainers() {
    String endpoint = Dynalite.shared().endpoint().toString();
    first = Api.dynamo(endpoint, "idempotency", Map.of());
    second = Api.dynamo(endpoint, "idempotency", Map.of());
  }

  @Test
  void tenConcurrentRequestsWithOneKeyPostOnceAndReplayIdentically() throws Exception {
    String token = Tokens.hs256("payer-" + UUID.randomUUID(), "acme");
    String accountId = first.send(ApiEvent.of("POST", "/accounts").bearer(token)
        .json("{\"name\":\"Once\",\"currency\":\"EUR\"}")).expect(201).json().path("id").asText();
    String key = "pay-" + UUID.randomUUID();
    ApiEvent payment = ApiEvent.of("POST", "/accounts/" + accountId + "/payments").bearer(token)
        .header("Idempotency-Key", key).json("{\"amount\":2500,\"description\":\"rent\"}");

    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) {
        Api container = i % 2 == 0 ? first : second;
        futures.add(pool.submit(() -> {
          start.await();
          return container.send(payment);
        }));
      }
      start.countDown();
      List<Api.Reply> originals = new ArrayList<>();
      List<Api.Reply> replays = new ArrayList<>();
      for (Future<Api.Reply> future : futures) {
        Api.Reply reply = future.get(60, TimeUnit.SECONDS);
        if (reply.status() == 409) {
          reply.expect(409, "CONFLICT");
          assertEquals("1", reply.header("Retry-After"), reply::toString);
        } else {
          reply.expect(201);
          ("true".equals(reply.header("Idempotent-Replayed")) ? replays : originals).add(reply);
        }
      }
      assertEquals(1, originals.size(), "one request ran the handler");
      Api.Reply original = originals.get(0);
      for (Api.Reply replay : replays) {
        assertReplayOf(original, replay);
      }

      Api.Reply later = second.send(payment).expect(201);
      assertEquals("true", later.header("Idempotent-Replayed"));
      assertReplayOf(original, later);

      assertEquals(2500, first.send(ApiEvent.of("GET", "/accounts/" + accountId).bearer(token))
          .expect(200).json().path("balance").asLong(), "the payment was applied once");
      assertEquals(1, first.send(ApiEvent.of("GET", "/accounts/" + accountId + "/payments").bearer(token))
          .expect(200).json().path("payments").size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sameKeyWithAnotherBodyAnswers422AndRunsNothing() {
    String token = Tokens.hs256("payer-" + UUID.randomUUID(), "acme");
    String accountId = first.send(ApiEvent.of("POST", "/accounts").bearer(token)
        .json("{\"name\":\"Reused\",\"currency\":\"EUR\"}")).expect(201).json().path("id").asText();
    String key = "pay-" + UUID.randomUUID();
    String path = "/accounts/" + accountId + "/payments";

    first.send(ApiEvent.of("POST", path).bearer(token).header("Idempotency-Key", key).json("{\"amount\":100}"))
        .expect(201);
    Api.Reply reused = second.send(ApiEvent.of("POST", path).bearer(token).header("Idempotency-Key", key)
        .json("{\"amount\":9999}")).expect(422);
    assertNull(reused.header("Idempotent-Replayed"));

    assertEquals(100, first.send(ApiEvent.of("GET", "/accounts/" + accountId).bearer(token))
        .expect(200).json().path("balance").asLong());
  }

  /** The same status, body bytes and stored headers; only the per-request X-Request-Id differs. */
  private static void assertReplayOf(Api.Reply original, Api.Reply replay) {
    assertEquals(original.status(), replay.status());
    assertEquals(original.body(), replay.body(), "the replayed body is byte-identical");
    for (String header : List.of("Content-Type", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")) {
      assertEquals(original.header(header), replay.header(header), header);
    }
    assertTrue(!original.header("X-Request-Id").equals(replay.header("X-Request-Id")), "each request has its own id");
  }
}
