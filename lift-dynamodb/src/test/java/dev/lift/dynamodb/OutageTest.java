package dev.lift.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.dynamodb.idempotency.IdempotencyConfig;
import dev.lift.dynamodb.idempotency.IdempotencyMiddleware;
import dev.lift.dynamodb.idempotency.IdempotencyStore;
import dev.lift.dynamodb.ratelimit.FailureMode;
import dev.lift.dynamodb.ratelimit.RateLimitConfig;
import dev.lift.dynamodb.ratelimit.RateLimitMiddleware;
import dev.lift.dynamodb.ratelimit.RateLimitResult;
import dev.lift.dynamodb.ratelimit.RateLimiter;
import dev.lift.runtime.health.CheckOptions;
import dev.lift.runtime.health.HealthRegistry;
import dev.lift.runtime.health.HealthReport;
import dev.lift.runtime.health.HealthStatus;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.metrics.Metrics;
import dev.lift.runtime.middleware.WireResponses;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A dynalite of its own, with tables, is stopped: health answers DOWN within its timeout, and the
 * rate limiter and idempotency behave as configured.
 */
class OutageTest {
  private static DynamoDbClient client;
  private static String table;
  private static final List<String> failures = new CopyOnWriteArrayList<>();

  private final AtomicInteger routeCalls = new AtomicInteger();

  @BeforeAll
  static void startThenStop() {
    Dynalite doomed = Dynalite.startSeparate("outage");
    try {
      client = DynamoClients.builder().endpoint(doomed.endpoint())
          .connectTimeout(Duration.ofMillis(300)).socketTimeout(Duration.ofMillis(500))
          .apiCallTimeout(Duration.ofSeconds(2)).build();
      table = "outage-" + ProcessHandle.current().pid();
      DynamoTables.createIfMissing(client, table);
      assertEquals(HealthStatus.State.UP, check().state(), "up before the outage");
    } finally {
      doomed.close();
    }
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void healthAnswersDownWithinTheTimeout() {
    HealthRegistry registry = new HealthRegistry();
    registry.register("dynamodb", DynamoHealthChecks.table(client, table, Duration.ofMillis(800)),
        CheckOptions.defaults().timeout(Duration.ofMillis(1500)));

    long start = System.nanoTime();
    HealthReport report = registry.report();
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(HealthStatus.State.DOWN, report.status());
    assertEquals(List.of("dynamodb"), report.requiredDown());
    assertTrue(millis < 1800, "answered in " + millis + " ms");
    assertFalse(registry.isReady());
  }

  @Test
  void failOpenAdmitsTheRequestAndReportsTheFailure() {
    failures.clear();
    RateLimitMiddleware open = new RateLimitMiddleware(limiter("open", FailureMode.OPEN));
    Exchange exchange = Pipeline.get("/orders");

    WireResponse response = run(open, exchange);

    assertEquals(200, response.status());
    assertEquals(1, routeCalls.get());
    assertNull(WireResponses.header(response, "X-RateLimit-Remaining"), "no count to report");
    RateLimitResult result = exchange.attribute(RateLimitMiddleware.ATTRIBUTE);
    assertTrue(result.failed());
    assertEquals(List.of("rate-limiter open: allowed the request (fail open)"), failures);
    assertEquals(List.of(new Metrics.Value("RateLimiterErrors", 1, Metrics.Unit.COUNT)), exchange.metrics().values());
  }

  @Test
  void failClosedRefusesWith503() {
    failures.clear();
    RateLimitMiddleware closed = new RateLimitMiddleware(limiter("closed", FailureMode.CLOSED));

    WireResponse response = run(closed, Pipeline.get("/orders"));

    assertEquals(503, response.status());
    assertEquals("1", WireResponses.header(response, "Retry-After"));
    assertTrue(response.body().startsWith("{\"code\":\"UNAVAILABLE\",\"message\":\"Rate limiting is unavailable"), response.body());
    assertEquals(0, routeCalls.get());
    assertEquals(List.of("rate-limiter closed: refused the request (fail closed)"), failures);
  }

  @Test
  void idempotencyCannotClaimAndAnswers503RatherThanRiskRunningTwice() {
    failures.clear();
    IdempotencyMiddleware idempotency = new IdempotencyMiddleware(new IdempotencyStore(client,
        IdempotencyConfig.defaults(table).withFailureListener((c, outcome, e) -> failures.add(c + ": " + outcome))));
    Exchange exchange = Pipeline.exchange("POST", "/payments", "{}".getBytes(StandardCharsets.UTF_8), "Idempotency-Key", "k-1");

    WireResponse response = Pipeline.run(exchange, () -> {
      routeCalls.incrementAndGet();
      return Pipeline.ok();
    }, idempotency);

    assertEquals(503, response.status());
    assertEquals(0, routeCalls.get());
    assertEquals(List.of("idempotency: answered 503 (could not claim the key)"), failures);
  }

  private static HealthStatus check() {
    try {
      return DynamoHealthChecks.table(client, table, Duration.ofSeconds(1)).check();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static RateLimiter limiter(String name, FailureMode mode) {
    return new RateLimiter(client, RateLimitConfig.builder(table, name, 10, Duration.ofMinutes(1))
        .failureMode(mode)
        .callTimeout(Duration.ofMillis(500))
        .failureListener((component, outcome, error) -> failures.add(component + ": " + outcome))
        .build());
  }

  private WireResponse run(RateLimitMiddleware middleware, Exchange exchange) {
    return Pipeline.run(exchange, () -> {
      routeCalls.incrementAndGet();
      return Pipeline.ok();
    }, middleware);
  }
}
