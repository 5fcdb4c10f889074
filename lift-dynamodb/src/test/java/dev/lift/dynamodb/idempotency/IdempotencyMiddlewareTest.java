package dev.lift.dynamodb.idempotency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.dynamodb.Dynalite;
import dev.lift.dynamodb.ExchangeAttributes;
import dev.lift.dynamodb.Pipeline;
import dev.lift.dynamodb.TestTables;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.event.HttpEvents;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.WireResponses;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class IdempotencyMiddlewareTest {
  private static final byte[] BODY = "{\"amount\":125,\"currency\":\"EUR\"}".getBytes(StandardCharsets.UTF_8);
  private static DynamoDbClient client;
  private static IdempotencyMiddleware middleware;
  private static String table;

  private final AtomicInteger handlerRuns = new AtomicInteger();

  @BeforeAll
  static void table() {
    client = Dynalite.shared().client();
    table = TestTables.create(client, "idempotency");
    middleware = new IdempotencyMiddleware(new IdempotencyStore(client, IdempotencyConfig.defaults(table)));
  }

  @AfterAll
  static void close() {
    client.close();
  }

  /** A payment: 201 with two Set-Cookies, a repeated header and a binary body. */
  private WireResponse payment() {
    int run = handlerRuns.incrementAndGet();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("application/octet-stream"));
    headers.put("Location", List.of("/payments/p-" + run));
    headers.put("X-Trace", List.of("a", "b", ""));
    byte[] bytes = new byte[64];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 37 + run);
    }
    return new WireResponse(201, headers, List.of("session=abc; Secure; HttpOnly", "seen=1"),
        Base64.getEncoder().encodeToString(bytes), true);
  }

  @Test
  void aDuplicateGetsTheStoredResponseByteForByteWithTheReplayedHeader() throws IOException {
    String key = "key-replay";
    WireResponse first = run(post(key), this::payment);
    WireResponse replay = run(post(key), this::payment);

    assertEquals(1, handlerRuns.get());
    assertEquals(201, first.status());
    assertNull(WireResponses.header(first, "Idempotent-Replayed"));
    assertEquals("true", WireResponses.header(replay, "Idempotent-Replayed"));
    assertSameExceptReplayedHeader(first, replay);
  }

  /** Ten concurrent requests with one key: the handler runs once, the others get 409 while it runs. */
  @Test
  void tenConcurrentRequestsRunTheHandlerOnce() throws Exception {
    String key = "key-concurrent";
    CountDownLatch othersAnswered = new CountDownLatch(9);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Future<WireResponse>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) {
        futures.add(pool.submit(() -> {
          go.await();
          WireResponse response = run(post(key), () -> {
            // The handler that won waits until every duplicate was answered: they all overlap it.
            othersAnswered.await(60, TimeUnit.SECONDS);
            return payment();
          });
          if (response.status() == 409) {
            othersAnswered.countDown();
          }
          return response;
        }));
      }
      go.countDown();
      List<WireResponse> responses = new ArrayList<>();
      for (Future<WireResponse> future : futures) {
        responses.add(future.get(90, TimeUnit.SECONDS));
      }

      assertEquals(1, handlerRuns.get());
      List<WireResponse> created = responses.stream().filter(r -> r.status() == 201).toList();
      List<WireResponse> conflicts = responses.stream().filter(r -> r.status() == 409).toList();
      assertEquals(1, created.size());
      assertEquals(9, conflicts.size());
      for (WireResponse conflict : conflicts) {
        assertEquals("1", WireResponses.header(conflict, "Retry-After"));
        assertTrue(conflict.body().startsWith("{\"code\":\"CONFLICT\",\"message\":\"A request with this "
            + "Idempotency-Key is still being processed\""), conflict.body());
      }

      WireResponse replay = run(post(key), this::payment);
      assertEquals(1, handlerRuns.get());
      assertSameExceptReplayedHeader(created.get(0), replay);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSameKeyWithAnotherPayloadAnswers422() {
    run(post("key-mismatch"), this::payment);

    WireResponse otherBody = run(Pipeline.exchange("POST", "/payments", "{\"amount\":999}".getBytes(StandardCharsets.UTF_8),
        "Idempotency-Key", "key-mismatch"), this::payment);
    WireResponse otherPath = run(Pipeline.exchange("POST", "/refunds", BODY, "Idempotency-Key", "key-mismatch"), this::payment);

    assertEquals(1, handlerRuns.get());
    assertEquals(422, otherBody.status());
    assertTrue(otherBody.body().startsWith("{\"code\":\"IDEMPOTENCY_KEY_REUSED\""), otherBody.body());
    assertEquals(422, otherPath.status());
  }

  @Test
  void aHandlerThatThrowsReleasesTheKey() {
    WireResponse failed = run(post("key-throws"), () -> {
      handlerRuns.incrementAndGet();
      throw LiftError.badRequest("card declined by a flaky validator");
    });
    WireResponse retried = run(post("key-throws"), this::payment);

    assertEquals(400, failed.status());
    assertEquals(201, retried.status());
    assertEquals(2, handlerRuns.get());
    assertNull(WireResponses.header(retried, "Idempotent-Replayed"));
  }

  @Test
  void aServerErrorReleasesTheKey() {
    WireResponse failed = run(post("key-5xx"), () -> {
      handlerRuns.incrementAndGet();
      return new WireResponse(503, Map.of(), List.of(), null, false);
    });
    WireResponse retried = run(post("key-5xx"), this::payment);

    assertEquals(503, failed.status());
    assertEquals(201, retried.status());
    assertEquals(2, handlerRuns.get());
  }

  @Test
  void anInnerRateLimitAnswerIsNotStored() {
    run(post("key-429"), () -> new WireResponse(429, Map.of("Retry-After", List.of("3")), List.of(), null, false));
    WireResponse retried = run(post("key-429"), this::payment);

    assertEquals(201, retried.status());
    assertEquals(1, handlerRuns.get());
  }

  @Test
  void aClientErrorAnswerIsStoredAndReplayed() {
    WireResponse rejected = run(post("key-4xx"), () -> {
      handlerRuns.incrementAndGet();
      return new WireResponse(402, Map.of("Content-Type", List.of("text/plain")), List.of(), "", false);
    });
    WireResponse replay = run(post("key-4xx"), this::payment);

    assertEquals(1, handlerRuns.get());
    assertEquals(402, replay.status());
    assertEquals("", replay.body());
    assertEquals("true", WireResponses.header(replay, "Idempotent-Replayed"));
    assertEquals(rejected.body(), replay.body());
  }

  @Test
  void requestsWithoutAKeyPassThroughAndBadKeysAnswer400() {
    run(Pipeline.exchange("POST", "/payments", BODY), this::payment);
    run(Pipeline.exchange("POST", "/payments", BODY), this::payment);
    WireResponse spaces = run(Pipeline.exchange("POST", "/payments", BODY, "Idempotency-Key", "has spaces"), this::payment);
    WireResponse tooLong = run(Pipeline.exchange("POST", "/payments", BODY, "Idempotency-Key", "k".repeat(256)), this::payment);

    assertEquals(2, handlerRuns.get());
    assertEquals(400, spaces.status());
    assertEquals(400, tooLong.status());
  }

  @Test
  void keysAreScopedByUserSoNoOneSeesAnotherUsersResponse() {
    Exchange alice = post("shared-key");
    alice.attribute(ExchangeAttributes.USER, "alice");
    Exchange bob = post("shared-key");
    bob.attribute(ExchangeAttributes.USER, "bob");

    WireResponse forAlice = run(alice, this::payment);
    WireResponse forBob = run(bob, this::payment);

    assertEquals(2, handlerRuns.get());
    assertNull(WireResponses.header(forBob, "Idempotent-Replayed"));
    assertEquals("/payments/p-2", WireResponses.header(forBob, "Location"));
    assertEquals("/payments/p-1", WireResponses.header(forAlice, "Location"));
  }

  @Test
  void recordsExpireAfterTheRetention() {
    MutableTime time = new MutableTime(Instant.parse("2026-03-01T12:00:00Z"));
    IdempotencyMiddleware shortLived = new IdempotencyMiddleware(new IdempotencyStore(client,
        IdempotencyConfig.defaults(table).withRetention(Duration.ofMinutes(10)).withClock(time)));

    run(shortLived, post("key-expiry"), this::payment);
    time.now = time.now.plus(Duration.ofMinutes(9));
    WireResponse stillReplayed = run(shortLived, post("key-expiry"), this::payment);
    time.now = time.now.plus(Duration.ofMinutes(2));
    WireResponse ranAgain = run(shortLived, post("key-expiry"), this::payment);

    assertEquals("true", WireResponses.header(stillReplayed, "Idempotent-Replayed"));
    assertNull(WireResponses.header(ranAgain, "Idempotent-Replayed"));
    assertEquals(2, handlerRuns.get());
  }

  @Test
  void aClaimWhoseContainerDiedIsTakenOverAfterTheInProgressTimeout() {
    MutableTime time = new MutableTime(Instant.parse("2026-03-01T12:00:00Z"));
    IdempotencyStore store = new IdempotencyStore(client,
        IdempotencyConfig.defaults(table).withInProgressTimeout(Duration.ofSeconds(30)).withClock(time));
    IdempotencyMiddleware withTimeout = new IdempotencyMiddleware(store);
    String scoped = "-#key-abandoned";
    Claim abandoned = store.claim(scoped, IdempotencyMiddleware.requestHash(post("key-abandoned").request()),
        time.millis() + 30_000);   // claimed, then the container died: never completed or released
    assertTrue(abandoned instanceof Claim.Claimed);

    WireResponse whileHeld = run(withTimeout, post("key-abandoned"), this::payment);
    time.now = time.now.plusSeconds(31);
    WireResponse takenOver = run(withTimeout, post("key-abandoned"), this::payment);

    assertEquals(409, whileHeld.status());
    assertEquals(201, takenOver.status());
    assertEquals(1, handlerRuns.get());
    assertEquals(false, store.complete((Claim.Claimed) abandoned, payment()), "the old claim cannot overwrite");
  }

  @Test
  void storedResponsesRoundTripExactly() {
    WireResponse response = payment();
    WireResponse empty = new WireResponse(204, Map.of(), List.of(), null, false);

    assertEquals(response, StoredResponses.read(StoredResponses.write(response)));
    assertEquals(empty, StoredResponses.read(StoredResponses.write(empty)));
  }

  private static void assertSameExceptReplayedHeader(WireResponse original, WireResponse replay) throws IOException {
    Map<String, List<String>> replayHeaders = new LinkedHashMap<>(replay.headers());
    replayHeaders.remove("Idempotent-Replayed");
    WireResponse withoutMarker = new WireResponse(replay.status(), replayHeaders, replay.cookies(), replay.body(), replay.base64());
    assertEquals(List.copyOf(original.headers().entrySet()), List.copyOf(withoutMarker.headers().entrySet()), "headers in order");
    for (int kind : EventKind.values()) {
      assertArrayEquals(encode(kind, original), encode(kind, withoutMarker), "the " + kind + " response event");
    }
  }

  private static byte[] encode(int kind, WireResponse response) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HttpEvents.encode(kind, false, response, out);
    return out.toByteArray();
  }

  private static Exchange post(String key) {
    return Pipeline.exchange("POST", "/payments", BODY, "Idempotency-Key", key);
  }

  private WireResponse run(Exchange exchange, Callable<WireResponse> handler) {
    return run(middleware, exchange, handler);
  }

  private WireResponse run(IdempotencyMiddleware layer, Exchange exchange, Callable<WireResponse> handler) {
    return Pipeline.run(exchange, handler, layer);
  }

  private static final class MutableTime extends Clock {
    volatile Instant now;

    MutableTime(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
