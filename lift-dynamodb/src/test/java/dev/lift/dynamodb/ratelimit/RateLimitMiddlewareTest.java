package dev.lift.dynamodb.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.dynamodb.Dynalite;
import dev.lift.dynamodb.ExchangeAttributes;
import dev.lift.dynamodb.Pipeline;
import dev.lift.dynamodb.TestTables;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.metrics.Metrics;
import dev.lift.runtime.middleware.WireResponses;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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

class RateLimitMiddlewareTest {
  private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
  private static DynamoDbClient client;
  private static String table;

  private final MutableClock clock = new MutableClock(START.plusSeconds(15));
  private final AtomicInteger routeCalls = new AtomicInteger();

  @BeforeAll
  static void table() {
    client = Dynalite.shared().client();
    table = TestTables.create(client, "limit-mw");
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void countedResponsesCarryTheHeadersAndTheOneOverTheLimitGets429() {
    RateLimitMiddleware middleware = new RateLimitMiddleware(limiter(client, "headers", 2));

    WireResponse first = run(middleware, Pipeline.get("/orders"));
    WireResponse second = run(middleware, Pipeline.get("/orders"));
    Exchange third = Pipeline.get("/orders");
    WireResponse refused = run(middleware, third);

    String reset = Long.toString(START.plusSeconds(60).getEpochSecond());
    assertEquals(200, first.status());
    assertEquals("2", WireResponses.header(first, "X-RateLimit-Limit"));
    assertEquals("1", WireResponses.header(first, "X-RateLimit-Remaining"));
    assertEquals(reset, WireResponses.header(first, "X-RateLimit-Reset"));
    assertEquals("0", WireResponses.header(second, "X-RateLimit-Remaining"));
    assertEquals(429, refused.status());
    assertEquals("45", WireResponses.header(refused, "Retry-After"));
    assertEquals("0", WireResponses.header(refused, "X-RateLimit-Remaining"));
    assertEquals(reset, WireResponses.header(refused, "X-RateLimit-Reset"));
    assertEquals("{\"code\":\"RATE_LIMITED\",\"message\":\"Rate limit of 2 requests per minute exceeded; "
        + "retry in 45 s\",\"request_id\":\"req-1\",\"trace_id\":\"Root=1-test\"}", refused.body());
    assertEquals(2, routeCalls.get());
    assertEquals(List.of(new Metrics.Value("RateLimited", 1, Metrics.Unit.COUNT)), third.metrics().values());
  }

  @Test
  void theDefaultKeyIsTheUserElseTheSourceAddress() {
    RateLimitMiddleware middleware = new RateLimitMiddleware(limiter(client, "default-key", 1));

    assertEquals(200, run(middleware, as("alice", null)).status());
    assertEquals(429, run(middleware, as("alice", null)).status());
    assertEquals(200, run(middleware, as("bob", null)).status());
    assertEquals(200, run(middleware, Pipeline.get("/orders")).status());   // by address
    assertEquals(429, run(middleware, Pipeline.get("/orders")).status());
  }

  @Test
  void tenantKeysShareOneBudgetAcrossTheTenantsUsers() {
    RateLimitMiddleware middleware = new TenantLimit(limiter(client, "per-tenant", 2));

    assertEquals(200, run(middleware, as("alice", "acme")).status());
    assertEquals(200, run(middleware, as("bob", "acme")).status());
    assertEquals(429, run(middleware, as("carol", "acme")).status());
    assertEquals(200, run(middleware, as("dave", "globex")).status());
    assertEquals(200, run(middleware, as("erin", null)).status());   // no tenant: not limited here
    assertEquals(200, run(middleware, as("erin", null)).status());
    assertEquals(200, run(middleware, as("erin", null)).status());
  }

  static final class TenantLimit extends RateLimitMiddleware {
    TenantLimit(RateLimiter limiter) {
      super(limiter, KeyResolver.tenant());
    }
  }

  @Test
  void keyResolvers() {
    Exchange exchange = Pipeline.get("/orders", "X-Api-Key", "key-1");
    exchange.attribute(ExchangeAttributes.USER, "alice");

    assertEquals("user:-:alice", KeyResolver.user().resolve(exchange));
    assertNull(KeyResolver.tenant().resolve(exchange));
    assertEquals("ip:203.0.113.9", KeyResolver.sourceIp().resolve(exchange));
    assertEquals("header:x-api-key:key-1", KeyResolver.header("X-Api-Key").resolve(exchange));
    assertEquals("global:all", KeyResolver.global("all").resolve(exchange));
    assertEquals("ip:203.0.113.9", KeyResolver.firstOf(KeyResolver.tenant(), KeyResolver.sourceIp()).resolve(exchange));
  }

  @Test
  void sameUserIdInTwoTenantsHasTwoBudgets() {
    Exchange acme = Pipeline.get("/orders");
    acme.attribute(ExchangeAttributes.USER, "alice");
    acme.attribute(ExchangeAttributes.TENANT, "acme");
    Exchange globex = Pipeline.get("/orders");
    globex.attribute(ExchangeAttributes.USER, "alice");
    globex.attribute(ExchangeAttributes.TENANT, "globex");
    Exchange tricky = Pipeline.get("/orders");
    tricky.attribute(ExchangeAttributes.USER, "acme:alice");
    tricky.attribute(ExchangeAttributes.TENANT, "4");

    assertEquals("user:4:acme:alice", KeyResolver.user().resolve(acme));
    assertEquals("user:6:globex:alice", KeyResolver.user().resolve(globex));
    // Ids that contain the separator cannot forge another tenant's key.
    assertEquals("user:1:4:acme:alice", KeyResolver.user().resolve(tricky));
  }

  /**
   * Two "containers" (two middleware instances, each with its own limiter and its own HTTP client)
   * share one dynalite; 16 threads send 20 requests each for the same user. Exactly the limit is
   * admitted, each admitted response shows a different remaining count from 49 down to 0, and every
   * other request gets 429.
   */
  @Test
  void twoContainersTogetherNeverAdmitMoreThanTheLimit() throws Exception {
    int limit = 50;
    int threads = 16;
    int requestsPerThread = 20;
    try (DynamoDbClient secondClient = Dynalite.shared().client()) {
      RateLimitMiddleware containerA = new RateLimitMiddleware(limiter(client, "concurrent", limit));
      RateLimitMiddleware containerB = new RateLimitMiddleware(limiter(secondClient, "concurrent", limit));
      ConcurrentLinkedQueue<WireResponse> responses = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      try {
        for (int t = 0; t < threads; t++) {
          RateLimitMiddleware container = t % 2 == 0 ? containerA : containerB;
          done.add(pool.submit(() -> {
            go.await();
            for (int i = 0; i < requestsPerThread; i++) {
              responses.add(run(container, as("hammer", null)));
            }
            return null;
          }));
        }
        go.countDown();
        for (Future<?> future : done) {
          future.get(120, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }

      TreeMap<Integer, Integer> remainingSeen = new TreeMap<>();
      int admitted = 0;
      int refused = 0;
      for (WireResponse response : responses) {
        if (response.status() == 200) {
          admitted++;
          remainingSeen.merge(Integer.parseInt(WireResponses.header(response, "X-RateLimit-Remaining")), 1, Integer::sum);
        } else {
          assertEquals(429, response.status());
          assertEquals("0", WireResponses.header(response, "X-RateLimit-Remaining"));
          refused++;
        }
      }
      assertEquals(threads * requestsPerThread, responses.size());
      assertEquals(limit, admitted);
      assertEquals(limit, routeCalls.get());
      assertEquals(threads * requestsPerThread - limit, refused);
      assertEquals(limit, remainingSeen.size(), "each remaining count from 49 to 0 exactly once: " + remainingSeen);
      assertEquals(0, remainingSeen.firstKey());
      assertEquals(limit - 1, remainingSeen.lastKey());
      assertTrue(remainingSeen.values().stream().allMatch(n -> n == 1));
    }
  }

  private RateLimiter limiter(DynamoDbClient dynamo, String name, int limit) {
    return new RateLimiter(dynamo, RateLimitConfig.builder(table, name, limit, Duration.ofMinutes(1)).clock(clock).callTimeout(Duration.ofSeconds(30)).build());
  }

  private WireResponse run(RateLimitMiddleware middleware, Exchange exchange) {
    return Pipeline.run(exchange, () -> {
      routeCalls.incrementAndGet();
      return Pipeline.ok();
    }, middleware);
  }

  private static Exchange as(String user, String tenant) {
    Exchange exchange = Pipeline.get("/orders");
    exchange.attribute(ExchangeAttributes.USER, user);
    if (tenant != null) {
      exchange.attribute(ExchangeAttributes.TENANT, tenant);
    }
    return exchange;
  }
}
