package dev.lift.runtime.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.health.HealthStatus.State;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HealthRegistryTest {
  private final AtomicLong nanos = new AtomicLong();
  private final HealthRegistry registry =
      HealthRegistry.builder().cacheFor(Duration.ofSeconds(10)).clock(nanos::get).build();
  /** Released after each test, so checks made to hang do not outlive it. */
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseHangingChecks() {
    release.countDown();
  }

  @Test
  void noChecksIsUp() {
    HealthReport report = registry.report();
    assertEquals(State.UP, report.status());
    assertTrue(report.checks().isEmpty());
  }

  @Test
  void overallStateIsTheWorstThatMatters() {
    registry.register("db", HealthStatus::up);
    assertEquals(State.UP, registry.report().status());

    registry.register("cache", () -> HealthStatus.degraded("hit rate low"));
    assertEquals(State.DEGRADED, registry.report().status());

    registry.register("search", () -> HealthStatus.down("refused"), CheckOptions.defaults().required(false));
    assertEquals(State.DEGRADED, registry.report().status(), "an optional check DOWN only degrades");

    registry.register("queue", () -> HealthStatus.down("refused"));
    HealthReport report = registry.report();
    assertEquals(State.DOWN, report.status(), "a required check DOWN is DOWN");
    assertEquals(List.of("db", "cache", "search", "queue"), List.copyOf(report.checks().keySet()));
    assertEquals(List.of("queue"), report.requiredDown());
  }

  @Test
  void resultsCarryDetailsAndRequiredness() {
    registry.register("db", () -> HealthStatus.up(Map.of("pool", "primary")),
        CheckOptions.defaults().required(false));
    CheckResult result = registry.report().checks().get("db");
    assertEquals(State.UP, result.state());
    assertEquals(Map.of("pool", "primary"), result.details());
    assertFalse(result.required());
  }

  @Test
  void checkThatThrowsIsDownWithItsError() {
    registry.register("db", () -> {
      throw new java.io.IOException("Connection reset");
    });
    CheckResult result = registry.report().checks().get("db");
    assertEquals(State.DOWN, result.state());
    assertEquals(Map.of("error", "java.io.IOException: Connection reset"), result.details());
  }

  @Test
  void checkThatReturnsNullIsDown() {
    registry.register("db", () -> null);
    CheckResult result = registry.report().checks().get("db");
    assertEquals(State.DOWN, result.state());
    assertTrue(result.details().get("error").toString().contains("returned null"));
  }

  @Test
  void resultsAreReusedForTheCacheTime() {
    AtomicInteger runs = new AtomicInteger();
    registry.register("db", () -> {
      runs.incrementAndGet();
      return HealthStatus.up();
    });

    registry.report();
    nanos.addAndGet(Duration.ofSeconds(9).toNanos());
    registry.report();
    assertEquals(1, runs.get());

    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    registry.report();
    assertEquals(2, runs.get());
  }

  @Test
  void durationIsMeasuredOnTheRegistryClock() {
    registry.register("slow", () -> {
      nanos.addAndGet(Duration.ofMillis(42).toNanos());
      return HealthStatus.up();
    });
    assertEquals(42, registry.report().checks().get("slow").durationMillis());
  }

  @Test
  void checkPastItsTimeoutIsDownAndIsNotStartedAgainWhileItHangs() {
    AtomicInteger starts = new AtomicInteger();
    registry.register("hangs", () -> {
      starts.incrementAndGet();
      release.await();
      return HealthStatus.up();
    }, CheckOptions.defaults().timeout(Duration.ofMillis(20)));
    // A minute, not the default 2 s: on a loaded machine starting its thread alone can take long.
    registry.register("fine", HealthStatus::up, CheckOptions.defaults().timeout(Duration.ofMinutes(1)));

    HealthReport report = registry.report();

    CheckResult hung = report.checks().get("hangs");
    assertEquals(State.DOWN, hung.state());
    assertEquals(Map.of("error", "timed out after 20 ms"), hung.details());
    assertEquals(State.UP, report.checks().get("fine").state(), "other checks are not held up");
    assertEquals(State.DOWN, report.status());

    nanos.addAndGet(Duration.ofMinutes(1).toNanos());
    assertEquals(State.DOWN, registry.report().checks().get("hangs").state());
    assertEquals(1, starts.get(), "the hanging run is waited for, not started twice");
  }

  @Test
  @Timeout(120)
  void hangingCheckThatFinishesLaterIsUsedAtTheNextReport() throws Exception {
    CountDownLatch finished = new CountDownLatch(1);
    registry.register("slow", () -> {
      try {
        release.await();
        return HealthStatus.up();
      } finally {
        finished.countDown();
      }
    }, CheckOptions.defaults().timeout(Duration.ofMillis(20)));
    assertEquals(State.DOWN, registry.report().status());

    release.countDown();
    assertTrue(finished.await(1, TimeUnit.MINUTES));
    nanos.addAndGet(Duration.ofMinutes(1).toNanos());
    awaitUp();
  }

  private void awaitUp() {
    // The check's thread counts down before its result is published to the future.
    while (registry.report().status() != State.UP) {
      nanos.addAndGet(Duration.ofMinutes(1).toNanos());
      Thread.yield();
    }
  }

  @Test
  void dueChecksRunInParallel() {
    // Each check waits for the other: run one after the other, both would time out.
    CyclicBarrier both = new CyclicBarrier(2);
    HealthCheck meetTheOther = () -> {
      both.await(1, TimeUnit.MINUTES);
      return HealthStatus.up();
    };
    CheckOptions patient = CheckOptions.defaults().timeout(Duration.ofMinutes(1));
    registry.register("a", meetTheOther, patient);
    registry.register("b", meetTheOther, patient);

    assertEquals(State.UP, registry.report().status());
  }

  @Test
  void checksRunOnDaemonThreads() {
    AtomicBoolean daemon = new AtomicBoolean();
    AtomicBoolean caller = new AtomicBoolean(true);
    Thread reporting = Thread.currentThread();
    registry.register("db", () -> {
      daemon.set(Thread.currentThread().isDaemon());
      caller.set(Thread.currentThread() == reporting);
      return HealthStatus.up();
    });
    registry.report();
    assertTrue(daemon.get(), "a check thread never keeps the JVM alive");
    assertFalse(caller.get());
  }

  @Test
  void notReadyUntilMarkedThenWhileNoRequiredCheckIsDown() {
    AtomicBoolean dbUp = new AtomicBoolean(true);
    registry.register("db", () -> dbUp.get() ? HealthStatus.up() : HealthStatus.down("refused"));
    registry.register("search", () -> HealthStatus.down("refused"), CheckOptions.defaults().required(false));
    assertFalse(registry.isReady());
    assertFalse(registry.isMarkedReady());

    registry.markReady();
    assertTrue(registry.isReady(), "an optional check DOWN does not stop readiness");

    dbUp.set(false);
    nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    assertFalse(registry.isReady());
  }

  @Test
  void namesAreUnique() {
    registry.register("db", HealthStatus::up);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> registry.register("db", HealthStatus::up));
    assertTrue(e.getMessage().contains("'db' is already registered"), e.getMessage());
  }

  @Test
  void timeoutsArePositive() {
    assertThrows(IllegalArgumentException.class, () -> CheckOptions.defaults().timeout(Duration.ZERO));
  }
}
