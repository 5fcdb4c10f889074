package dev.lift.dynamodb.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.dynamodb.Dynalite;
import dev.lift.dynamodb.TestTables;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

class RateLimiterTest {
  /** 12:00:00 UTC: a window boundary for every window length used here. */
  private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

  private static DynamoDbClient client;
  private static String table;

  final MutableClock clock = new MutableClock(START);

  @BeforeAll
  static void table() {
    client = Dynalite.shared().client();
    table = TestTables.create(client, "limits");
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void fixedWindowCountsDownThenRefusesUntilTheNextWindow() {
    RateLimiter limiter = limiter("fixed-a", 3, Duration.ofMinutes(1), false);
    clock.advance(Duration.ofSeconds(20));

    List<RateLimitResult> results = List.of(limiter.acquire("user:1"), limiter.acquire("user:1"),
        limiter.acquire("user:1"), limiter.acquire("user:1"));

    assertEquals(List.of(true, true, true, false), results.stream().map(RateLimitResult::allowed).toList());
    assertEquals(List.of(2, 1, 0, 0), results.stream().map(RateLimitResult::remaining).toList());
    long reset = START.plusSeconds(60).getEpochSecond();
    assertTrue(results.stream().allMatch(r -> r.resetEpochSeconds() == reset && r.limit() == 3));
    assertEquals(40, results.get(3).retryAfterSeconds());

    clock.advance(Duration.ofSeconds(40));
    RateLimitResult nextWindow = limiter.acquire("user:1");
    assertTrue(nextWindow.allowed());
    assertEquals(2, nextWindow.remaining());
  }

  @Test
  void keysHaveSeparateBudgets() {
    RateLimiter limiter = limiter("fixed-b", 1, Duration.ofMinutes(1), false);

    assertTrue(limiter.acquire("user:1").allowed());
    assertFalse(limiter.acquire("user:1").allowed());
    assertTrue(limiter.acquire("user:2").allowed());
    assertTrue(limiter.acquire("ip:203.0.113.9").allowed());
  }

  @Test
  void limitersSharingATableHaveSeparateBudgets() {
    RateLimiter first = limiter("shared-1", 1, Duration.ofMinutes(1), false);
    RateLimiter second = limiter("shared-2", 1, Duration.ofMinutes(1), false);

    assertTrue(first.acquire("k").allowed());
    assertTrue(second.acquire("k").allowed());
    assertFalse(first.acquire("k").allowed());
  }

  @Test
  void windowItemsCarryATtlTwoWindowsAfterTheirStart() {
    RateLimiter limiter = limiter("ttl", 5, Duration.ofMinutes(1), false);

    limiter.acquire("user:ttl");

    Map<String, AttributeValue> item = client.scan(ScanRequest.builder().tableName(table).build()).items().stream()
        .filter(i -> i.get("pk").s().startsWith("ttl#user:ttl#")).findFirst().orElseThrow();
    assertEquals("ttl#user:ttl#" + START.toEpochMilli(), item.get("pk").s());
    assertEquals(Long.toString(START.plusSeconds(120).getEpochSecond()), item.get("expires_at").n());
    assertEquals("1", item.get("hits").n());
  }

  @Test
  void veryLongKeysAreHashed() {
    RateLimiter limiter = limiter("long", 1, Duration.ofMinutes(1), false);
    String longKey = "header:x-api-key:" + "k".repeat(3000);

    assertTrue(limiter.acquire(longKey).allowed());
    assertFalse(limiter.acquire(longKey).allowed());
    assertTrue(limiter.acquire(longKey + "2").allowed());
  }

  @Test
  void slidingWindowWeighsThePreviousWindow() {
    RateLimiter limiter = limiter("sliding", 10, Duration.ofMinutes(1), true);
    for (int i = 0; i < 10; i++) {
      assertTrue(limiter.acquire("user:s").allowed());
    }
    assertFalse(limiter.acquire("user:s").allowed());

    // A quarter into the next window, three quarters of the previous one still count: 7.5 of 10.
    clock.advance(Duration.ofSeconds(75));
    RateLimitResult first = limiter.acquire("user:s");
    RateLimitResult second = limiter.acquire("user:s");
    RateLimitResult third = limiter.acquire("user:s");

    assertTrue(first.allowed());
    assertEquals(1, first.remaining());
    assertTrue(second.allowed());
    assertEquals(0, second.remaining());
    assertFalse(third.allowed());
    // The estimate 10 * w + 2 admits one more once w <= 0.7, 18 s into the window: 3 s from now.
    assertEquals(3, third.retryAfterSeconds());

    clock.advance(Duration.ofSeconds(3));
    assertTrue(limiter.acquire("user:s").allowed());
  }

  @Test
  void aFixedWindowAdmitsABurstAtTheBoundaryButASlidingOneDoesNot() {
    RateLimiter fixed = limiter("burst-fixed", 10, Duration.ofMinutes(1), false);
    RateLimiter sliding = limiter("burst-sliding", 10, Duration.ofMinutes(1), true);
    clock.advance(Duration.ofSeconds(59));
    int fixedAdmitted = 0;
    int slidingAdmitted = 0;
    for (int i = 0; i < 10; i++) {
      fixedAdmitted += fixed.acquire("k").allowed() ? 1 : 0;
      slidingAdmitted += sliding.acquire("k").allowed() ? 1 : 0;
    }
    clock.advance(Duration.ofSeconds(2));
    for (int i = 0; i < 10; i++) {
      fixedAdmitted += fixed.acquire("k").allowed() ? 1 : 0;
      slidingAdmitted += sliding.acquire("k").allowed() ? 1 : 0;
    }

    assertEquals(20, fixedAdmitted);
    assertEquals(10, slidingAdmitted);
  }

  @Test
  void configIsValidated() {
    assertThrows(IllegalArgumentException.class,
        () -> RateLimitConfig.builder(table, "has space", 1, Duration.ofMinutes(1)).callTimeout(Duration.ofSeconds(30)).build());
    assertThrows(IllegalArgumentException.class,
        () -> RateLimitConfig.builder(table, "a#b", 1, Duration.ofMinutes(1)).callTimeout(Duration.ofSeconds(30)).build());
    assertThrows(IllegalArgumentException.class,
        () -> RateLimitConfig.builder(table, "zero", 0, Duration.ofMinutes(1)).callTimeout(Duration.ofSeconds(30)).build());
    assertThrows(IllegalArgumentException.class,
        () -> RateLimitConfig.builder(table, "tiny", 1, Duration.ofMillis(10)).callTimeout(Duration.ofSeconds(30)).build());
  }

  private RateLimiter limiter(String name, int limit, Duration window, boolean sliding) {
    RateLimitConfig.Builder config = RateLimitConfig.builder(table, name, limit, window).clock(clock);
    if (sliding) {
      config.sliding();
    }
    return create(config.build());
  }

  /** The limiter under test for a configuration: DynamoDB here, memory in a subclass. */
  RateLimiter create(RateLimitConfig config) {
    return new RateLimiter(client, config);
  }
}
