package dev.lift.samples.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.dynamodb.Dynalite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @RateLimit(limit = 10, windowSeconds = 60)} on {@code POST /accounts/{id}/payments},
 * counted in DynamoDB (dynalite): two handler instances ("two containers", each with its own
 * client) and many threads on one user's key together never admit more than the limit, each
 * admitted response shows a different {@code X-RateLimit-Remaining} (9 down to 0), and the rest
 * answer 429 with {@code Retry-After}.
 *
 * <p>A limiter call past its timeout (5 s in the tests, see {@link Api#dynamo}) is a failure: 503
 * with the default CLOSED mode, its increment applied or not. Such refusals are counted apart.
 */
class RateLimitTest {
  private static final int LIMIT = PaymentRoutes.PAYMENTS_PER_MINUTE;
  private static Api first;
  private static Api second;

  @BeforeAll
  static void twoContainers() {
    String endpoint = Dynalite.shared().endpoint().toString();
    first = Api.dynamo(endpoint, "ratelimit", Map.of());
    second = Api.dynamo(endpoint, "ratelimit", Map.of());
  }

  @Test
  void twoContainersTogetherAdmitExactlyTheLimit() throws Exception {
    String token = Tokens.hs256("payer-" + UUID.randomUUID(), "acme");
    String accountId = first.send(ApiEvent.of("POST", "/accounts").bearer(token)
        .json("{\"name\":\"Limited\",\"currency\":\"EUR\"}")).expect(201).json().path("id").asText();
    awayFromAWindowBoundary();

    int threadsPerContainer = 6;
    int requestsPerThread = 3;
    ExecutorService pool = Executors.newFixedThreadPool(2 * threadsPerContainer);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    try {
      for (Api container : List.of(first, second)) {
        for (int t = 0; t < threadsPerContainer; t++) {
          for (int r = 0; r < requestsPerThread; r++) {
            replies.add(pool.submit(() -> {
              start.await();
              return container.send(ApiEvent.of("POST", "/accounts/" + accountId + "/payments").bearer(token)
                  .json("{\"amount\":1}"));
            }));
          }
        }
      }
      start.countDown();
      List<Api.Reply> admitted = new ArrayList<>();
      List<Api.Reply> limited = new ArrayList<>();
      List<Api.Reply> limiterFailed = new ArrayList<>();
      for (Future<Api.Reply> future : replies) {
        Api.Reply reply = future.get(120, TimeUnit.SECONDS);
        if (reply.status() == 429) {
          limited.add(reply);
        } else if (reply.status() == 503) {
          reply.expect(503, "UNAVAILABLE"); // the limiter could not count it: refused (CLOSED)
          limiterFailed.add(reply);
        } else {
          admitted.add(reply);
        }
      }

      assertTrue(admitted.size() <= LIMIT, () -> admitted.size() + " admitted, more than the limit");
      if (limiterFailed.isEmpty()) {
        assertEquals(LIMIT, admitted.size(), "with no DynamoDB failure, exactly the limit is admitted");
      }
      List<Integer> remaining = admitted.stream()
          .map(reply -> Integer.parseInt(reply.header("X-RateLimit-Remaining"))).sorted().toList();
      assertEquals(admitted.size(), new TreeSet<>(remaining).size(), "each admitted request saw another count: " + remaining);
      assertTrue(remaining.stream().allMatch(r -> r >= 0 && r < LIMIT), remaining::toString);
      if (limiterFailed.isEmpty()) {
        assertEquals(IntStream.range(0, LIMIT).boxed().toList(), remaining);
      }
      for (Api.Reply reply : admitted) {
        assertTrue(reply.status() == 201 || reply.status() == 409, reply::toString); // 409: optimistic write lost
        assertEquals(String.valueOf(LIMIT), reply.header("X-RateLimit-Limit"));
      }
      for (Api.Reply reply : limited) {
        reply.expect(429, "RATE_LIMITED");
        assertEquals("0", reply.header("X-RateLimit-Remaining"));
        assertTrue(Integer.parseInt(reply.header("Retry-After")) >= 1, reply::toString);
      }
      long resets = admitted.stream().map(reply -> reply.header("X-RateLimit-Reset")).distinct().count();
      assertEquals(1, resets, "one window");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void remainingCountsDownRequestByRequestAcrossContainers() {
    String token = Tokens.hs256("payer-" + UUID.randomUUID(), "acme");
    String accountId = first.send(ApiEvent.of("POST", "/accounts").bearer(token)
        .json("{\"name\":\"Counted\",\"currency\":\"EUR\"}")).expect(201).json().path("id").asText();
    awayFromAWindowBoundary();

    List<String> remaining = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Api container = i % 2 == 0 ? first : second;
      remaining.add(container.send(ApiEvent.of("POST", "/accounts/" + accountId + "/payments").bearer(token)
          .json("{\"amount\":5}")).expect(201).header("X-RateLimit-Remaining"));
    }
    assertEquals(List.of("9", "8", "7", "6"), remaining);
  }

  /**
   * Fixed windows start every whole minute: wait out the last 15 seconds of one, so that the
   * requests of a test all fall into the same window (not a timing assertion: the counts do).
   */
  private static void awayFromAWindowBoundary() {
    long intoWindow = System.currentTimeMillis() % 60_000;
    if (intoWindow > 45_000) {
      try {
        Thread.sleep(60_000 - intoWindow + 100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
