package dev.lift.runtime.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.resources.TestFactory.Conn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Many threads borrowing and returning at once, with eviction and broken objects mixed in. */
class ResourcePoolConcurrencyTest {
  private static final int THREADS = 8;

  @Test
  void neverMoreThanMaxActiveAndNothingLeaks() throws Exception {
    TestFactory factory = new TestFactory();
    AtomicLong nanos = new AtomicLong();
    ResourcePool<Conn> pool = ResourcePool.builder("db", factory)
        .minIdle(1)
        .maxActive(3)
        .maxIdle(2)
        .idleTimeout(Duration.ofMillis(5))
        .maxLifetime(Duration.ofMillis(50))
        .borrowTimeout(Duration.ofMinutes(1))
        .clock(nanos::get)
        .build();
    pool.prewarm();
    AtomicInteger inUse = new AtomicInteger();
    AtomicInteger mostInUse = new AtomicInteger();
    AtomicInteger sharedObject = new AtomicInteger();

    run(2_000, i -> {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      nanos.addAndGet(random.nextLong(1_000_000)); // up to 1 ms: eviction happens all the time
      boolean viaLease = random.nextBoolean();
      Lease<Conn> lease = viaLease ? pool.borrow() : null;
      Conn conn = viaLease ? lease.get() : pool.borrowObject();
      if (!conn.inUse.compareAndSet(false, true)) {
        sharedObject.incrementAndGet();
      }
      mostInUse.accumulateAndGet(inUse.incrementAndGet(), Math::max);
      assertTrue(conn.open.get(), "a lent object was never destroyed");
      if (random.nextInt(10) == 0) {
        Thread.yield();
      }
      inUse.decrementAndGet();
      conn.inUse.set(false);
      int outcome = random.nextInt(20);
      if (outcome == 0) {
        conn.broken = true; // found broken later by validation
      }
      if (outcome == 1) {
        if (viaLease) {
          lease.invalidate();
        } else {
          pool.invalidateObject(conn);
        }
      } else if (viaLease) {
        lease.close();
      } else {
        pool.returnObject(conn);
      }
    });

    PoolStats stats = pool.stats();
    assertEquals(0, sharedObject.get(), "no object was lent to two borrowers at once");
    assertTrue(mostInUse.get() <= 3, "at most maxActive in use: " + mostInUse.get());
    assertEquals(0, stats.active());
    assertEquals(0, stats.waiting());
    assertEquals(stats.idle(), stats.created() - stats.destroyed(), stats.toString());
    assertEquals(factory.created.get(), stats.created());
    assertEquals(factory.destroyed.size(), stats.destroyed());
    assertEquals(0, factory.doubleDestroys.get());
    assertTrue(stats.idle() <= 2, "at most maxIdle idle: " + stats.idle());

    pool.close();
    assertEquals(factory.created.get(), factory.destroyed.size(), "close destroyed the rest");
  }

  @Test
  void borrowersTimeOutWhileEverythingIsHeldAndProceedOnceItComesBack() throws Exception {
    TestFactory factory = new TestFactory();
    ResourcePool<Conn> pool = ResourcePool.builder("db", factory)
        .maxActive(2)
        .borrowTimeout(Duration.ofMillis(1))
        .build();
    Lease<Conn> first = pool.borrow();
    Lease<Conn> second = pool.borrow();
    AtomicInteger timedOut = new AtomicInteger();

    run(50, i -> {
      try (Lease<Conn> lease = pool.borrow()) {
        throw new AssertionError("lent " + lease.get() + " although both objects are held");
      } catch (PoolTimeoutException e) {
        timedOut.incrementAndGet();
      }
    });
    assertEquals(THREADS * 50, timedOut.get());
    assertEquals(THREADS * 50, pool.stats().timeouts());
    assertEquals(THREADS * 50, pool.stats().waits());

    first.close();
    second.close();
    assertEquals(2, pool.stats().idle());
    assertEquals(0, pool.stats().active());
    assertEquals(2, factory.created.get(), "timeouts created nothing");
  }

  @Test
  void withALongTimeoutEveryContendedBorrowSucceeds() throws Exception {
    TestFactory factory = new TestFactory();
    ResourcePool<Conn> pool = ResourcePool.builder("db", factory)
        .maxActive(2)
        .borrowTimeout(Duration.ofMinutes(1))
        .build();
    AtomicInteger mostInUse = new AtomicInteger();
    AtomicInteger inUse = new AtomicInteger();
    AtomicInteger borrowed = new AtomicInteger();

    run(1_000, i -> {
      try (Lease<Conn> lease = pool.borrow()) {
        mostInUse.accumulateAndGet(inUse.incrementAndGet(), Math::max);
        lease.get();
        Thread.yield();
        inUse.decrementAndGet();
        borrowed.incrementAndGet();
      }
    });

    PoolStats stats = pool.stats();
    assertEquals(THREADS * 1_000, borrowed.get());
    assertEquals(0, stats.timeouts());
    assertTrue(mostInUse.get() <= 2, "at most maxActive in use: " + mostInUse.get());
    assertEquals(0, stats.active());
    assertEquals(2, stats.created(), "objects were reused, never more than maxActive");
    assertEquals(stats.idle(), stats.created() - stats.destroyed());
  }

  private interface Step {
    void run(int i) throws Exception;
  }

  private static void run(int iterations, Step step) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(threads.submit(() -> {
          start.await();
          for (int i = 0; i < iterations; i++) {
            step.run(i);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
