package dev.lift.runtime.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.resources.TestFactory.Conn;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ResourcePoolTest {
  private final TestFactory factory = new TestFactory();
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  private ResourcePool.Builder<Conn> pool() {
    return ResourcePool.builder("db", factory).clock(nanos::get);
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  @Test
  void returnedObjectIsLentAgainInsteadOfANewOne() {
    ResourcePool<Conn> pool = pool().build();
    Conn first;
    try (Lease<Conn> lease = pool.borrow()) {
      first = lease.get();
    }
    try (Lease<Conn> lease = pool.borrow()) {
      assertSame(first, lease.get());
    }
    assertEquals(1, factory.created.get());
    assertEquals(new PoolStats("db", 0, 1, 0, 10, 1, 0, 0, 0, false), pool.stats());
  }

  @Test
  void mostRecentlyReturnedObjectIsLentFirst() {
    ResourcePool<Conn> pool = pool().build();
    Conn a = pool.borrowObject();
    Conn b = pool.borrowObject();
    pool.returnObject(a);
    pool.returnObject(b);
    assertSame(b, pool.borrowObject());
    assertSame(a, pool.borrowObject());
  }

  @Test
  void exhaustedPoolTimesOutWithItsNameAndLimits() {
    ResourcePool<Conn> pool = pool().maxActive(2).borrowTimeout(Duration.ofMillis(20)).build();
    pool.borrow();
    pool.borrow();

    PoolTimeoutException e = assertThrows(PoolTimeoutException.class, pool::borrow);

    assertEquals("db", e.poolName());
    assertEquals(2, e.maxActive());
    assertEquals(Duration.ofMillis(20), e.timeout());
    assertTrue(e.getMessage().contains("Pool 'db' is exhausted"), e.getMessage());
    assertTrue(e.getMessage().contains("maxActive 2"), e.getMessage());
    assertTrue(e.getMessage().contains("20 ms"), e.getMessage());
    PoolStats stats = pool.stats();
    assertEquals(1, stats.waits());
    assertEquals(1, stats.timeouts());
    assertEquals(2, stats.active());
    assertEquals(0, stats.waiting());
  }

  @Test
  void zeroBorrowTimeoutFailsAtOnceWithoutWaiting() {
    ResourcePool<Conn> pool = pool().maxActive(1).borrowTimeout(Duration.ZERO).build();
    pool.borrow();
    assertThrows(PoolTimeoutException.class, pool::borrow);
    assertEquals(0, pool.stats().waits());
    assertEquals(1, pool.stats().timeouts());
  }

  @Test
  void waitingBorrowerGetsTheObjectAnotherThreadReturns() throws Exception {
    ResourcePool<Conn> pool = pool().maxActive(1).borrowTimeout(Duration.ofMinutes(10)).build();
    Lease<Conn> held = pool.borrow();
    Conn conn = held.get();

    CompletableFuture<Conn> waiter = CompletableFuture.supplyAsync(() -> {
      try (Lease<Conn> lease = pool.borrow()) {
        return lease.get();
      }
    });
    awaitWaiting(pool, 1);
    held.close();

    assertSame(conn, waiter.get(1, TimeUnit.MINUTES));
    assertEquals(1, pool.stats().waits());
    assertEquals(1, factory.created.get());
  }

  @Test
  void prewarmCreatesMinIdleObjectsOnce() {
    ResourcePool<Conn> pool = pool().minIdle(3).build();
    pool.prewarm();
    pool.prewarm();
    assertEquals(3, factory.created.get());
    assertEquals(3, pool.stats().idle());
    assertEquals(0, pool.stats().active());

    try (Lease<Conn> lease = pool.borrow()) {
      assertEquals(3, lease.get().id, "the most recently created is lent first");
    }
    assertEquals(3, factory.created.get(), "a borrow after prewarm creates nothing");
  }

  @Test
  void prewarmTopsUpAfterObjectsWereLent() {
    ResourcePool<Conn> pool = pool().minIdle(2).maxActive(3).build();
    Conn a = pool.borrowObject();
    Conn b = pool.borrowObject();
    pool.prewarm();
    assertEquals(1, pool.stats().idle(), "maxActive caps what prewarm creates");
    pool.returnObject(a);
    pool.returnObject(b);
    assertEquals(3, pool.stats().idle());
  }

  @Test
  void prewarmFailureNamesThePool() {
    ResourcePool<Conn> pool = pool().minIdle(2).build();
    factory.failCreate = new IllegalStateException("connection refused");
    ResourcePoolException e = assertThrows(ResourcePoolException.class, pool::prewarm);
    assertTrue(e.getMessage().contains("Pool 'db' could not create an object"), e.getMessage());
    assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
    assertEquals(0, pool.stats().active());
  }

  @Test
  void idleObjectsPastTheIdleTimeoutAreDestroyedOnBorrowDownToMinIdle() {
    ResourcePool<Conn> pool = pool().minIdle(1).idleTimeout(Duration.ofMinutes(5)).build();
    Conn a = pool.borrowObject();
    Conn b = pool.borrowObject();
    Conn c = pool.borrowObject();
    pool.returnObject(a);
    advance(Duration.ofMinutes(1));
    pool.returnObject(b);
    pool.returnObject(c);

    advance(Duration.ofMinutes(4)); // a has been idle 5 minutes, b and c 4
    assertSame(c, pool.borrowObject());
    assertEquals(List.of(a), factory.destroyed);

    pool.returnObject(c);
    advance(Duration.ofMinutes(10)); // everything idle too long; minIdle 1 stays
    Conn kept = pool.borrowObject();
    assertSame(c, kept, "the warmest object is the one kept");
    assertEquals(List.of(a, b), factory.destroyed);
    assertEquals(0, pool.stats().idle());
  }

  @Test
  void idleTimeoutIsAlsoAppliedWhenObjectsComeBack() {
    ResourcePool<Conn> pool = pool().idleTimeout(Duration.ofMinutes(5)).build();
    Conn a = pool.borrowObject();
    Conn b = pool.borrowObject();
    pool.returnObject(a);
    advance(Duration.ofMinutes(6));
    pool.returnObject(b);
    assertEquals(List.of(a), factory.destroyed);
    assertEquals(1, pool.stats().idle());
  }

  @Test
  void objectsPastTheirLifetimeAreReplacedEvenBelowMinIdle() {
    ResourcePool<Conn> pool = pool().minIdle(1).maxLifetime(Duration.ofMinutes(30)).build();
    pool.prewarm();
    advance(Duration.ofMinutes(30));
    try (Lease<Conn> lease = pool.borrow()) {
      assertEquals(2, lease.get().id);
    }
    assertEquals(1, factory.destroyed.size());
    assertEquals(1, factory.destroyed.get(0).id);
  }

  @Test
  void objectPastItsLifetimeWhileLentIsDestroyedWhenReturned() {
    ResourcePool<Conn> pool = pool().maxLifetime(Duration.ofMinutes(30)).build();
    Lease<Conn> lease = pool.borrow();
    advance(Duration.ofHours(1));
    lease.close();
    assertEquals(0, pool.stats().idle());
    assertEquals(1, factory.destroyed.size());
  }

  @Test
  void zeroTimeoutsDisableEviction() {
    ResourcePool<Conn> pool =
        pool().idleTimeout(Duration.ZERO).maxLifetime(Duration.ZERO).build();
    Conn conn = pool.borrowObject();
    pool.returnObject(conn);
    advance(Duration.ofDays(365));
    assertSame(conn, pool.borrowObject());
    assertTrue(factory.destroyed.isEmpty());
  }

  @Test
  void invalidIdleObjectIsDestroyedAndAnotherLent() {
    ResourcePool<Conn> pool = pool().build();
    Conn conn = pool.borrowObject();
    pool.returnObject(conn);
    conn.broken = true;

    Conn next = pool.borrowObject();

    assertNotSame(conn, next);
    assertEquals(List.of(conn), factory.destroyed);
    assertEquals(1, pool.stats().active());
    assertEquals(1, pool.stats().destroyed());
  }

  @Test
  void validationThatThrowsCountsAsInvalid() {
    ResourcePool<Conn> pool = pool().build();
    Conn conn = pool.borrowObject();
    pool.returnObject(conn);
    factory.validateThrows = true;
    assertNotSame(conn, pool.borrowObject());
    assertEquals(List.of(conn), factory.destroyed);
  }

  @Test
  void newObjectsAreNotValidatedAndValidationCanBeTurnedOff() {
    ResourcePool<Conn> pool = pool().validateOnBorrow(false).build();
    Conn conn = pool.borrowObject();
    pool.returnObject(conn);
    conn.broken = true;
    assertSame(conn, pool.borrowObject());
    assertEquals(0, factory.validations.get());
  }

  @Test
  void returnsBeyondMaxIdleAreDestroyed() {
    ResourcePool<Conn> pool = pool().maxActive(3).maxIdle(1).build();
    Conn a = pool.borrowObject();
    Conn b = pool.borrowObject();
    pool.returnObject(a);
    pool.returnObject(b);
    assertEquals(List.of(b), factory.destroyed);
    assertEquals(1, pool.stats().idle());
  }

  @Test
  void failedCreateFreesItsSlot() {
    ResourcePool<Conn> pool = pool().maxActive(1).borrowTimeout(Duration.ZERO).build();
    factory.failCreate = new IllegalStateException("no route to host");

    ResourcePoolException e = assertThrows(ResourcePoolException.class, pool::borrow);
    assertEquals("db", e.poolName());
    assertInstanceOf(IllegalStateException.class, e.getCause());

    factory.failCreate = null;
    try (Lease<Conn> lease = pool.borrow()) {
      assertEquals(1, lease.get().id);
    }
  }

  @Test
  void factoryReturningNullIsAnError() {
    ResourcePool<Object> pool = ResourcePool.builder("nulls", ResourceFactory.of(() -> null)).build();
    ResourcePoolException e = assertThrows(ResourcePoolException.class, pool::borrow);
    assertTrue(e.getMessage().contains("returned null"), e.getMessage());
    assertEquals(0, pool.stats().active());
  }

  @Test
  void leaseIsReturnedOnce() {
    ResourcePool<Conn> pool = pool().build();
    Lease<Conn> lease = pool.borrow();
    lease.close();

    IllegalStateException twice = assertThrows(IllegalStateException.class, lease::close);
    assertTrue(twice.getMessage().contains("already returned"), twice.getMessage());
    IllegalStateException use = assertThrows(IllegalStateException.class, lease::get);
    assertTrue(use.getMessage().contains("pool 'db'"), use.getMessage());
    assertEquals(1, pool.stats().idle(), "the second close did not add the object twice");
  }

  @Test
  void staleLeaseCannotReturnTheObjectSomeoneElseNowHolds() {
    ResourcePool<Conn> pool = pool().build();
    Lease<Conn> first = pool.borrow();
    first.close();
    Lease<Conn> second = pool.borrow();
    assertSame(first.pool(), second.pool());

    assertThrows(IllegalStateException.class, first::close);
    assertEquals(1, pool.stats().active(), "the second borrower still holds it");
    second.close();
  }

  @Test
  void invalidatedLeaseDestroysTheObjectAndItsCloseDoesNothing() {
    ResourcePool<Conn> pool = pool().maxActive(1).build();
    Conn conn;
    try (Lease<Conn> lease = pool.borrow()) {
      conn = lease.get();
      lease.invalidate();
    }
    assertEquals(List.of(conn), factory.destroyed);
    assertEquals(0, pool.stats().active());
    assertEquals(0, pool.stats().idle());
    try (Lease<Conn> lease = pool.borrow()) {
      assertNotSame(conn, lease.get(), "the slot was freed for a new object");
    }
  }

  @Test
  void objectReturnedTwiceIsAnError() {
    ResourcePool<Conn> pool = pool().build();
    Conn conn = pool.borrowObject();
    pool.returnObject(conn);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.returnObject(conn));
    assertTrue(e.getMessage().contains("already returned to pool 'db'"), e.getMessage());
    assertEquals(1, pool.stats().idle());
  }

  @Test
  void objectReturnedToTheWrongPoolIsAnError() {
    ResourcePool<Conn> pool = pool().build();
    ResourcePool<Conn> other = ResourcePool.builder("cache", new TestFactory()).build();
    Conn conn = other.borrowObject();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pool.returnObject(conn));
    assertTrue(e.getMessage().contains("Pool 'db' did not lend this object"), e.getMessage());
    assertEquals(1, other.stats().active(), "the other pool still counts it as lent");
    other.returnObject(conn);
  }

  @Test
  void objectOfALeaseMayBeReturnedByObjectButThenTheLeaseIsDone() {
    ResourcePool<Conn> pool = pool().build();
    Lease<Conn> lease = pool.borrow();
    pool.returnObject(lease.get());
    assertThrows(IllegalStateException.class, lease::close);
    assertEquals(1, pool.stats().idle());
  }

  @Test
  void invalidateObjectDestroysItAndFreesTheSlot() {
    ResourcePool<Conn> pool = pool().maxActive(1).borrowTimeout(Duration.ZERO).build();
    Conn conn = pool.borrowObject();
    pool.invalidateObject(conn);
    assertEquals(List.of(conn), factory.destroyed);
    assertNotSame(conn, pool.borrowObject());
    assertThrows(IllegalArgumentException.class, () -> pool.invalidateObject(conn));
  }

  @Test
  void closedPoolDestroysIdleObjectsAndRefusesBorrows() {
    ResourcePool<Conn> pool = pool().minIdle(2).build();
    pool.prewarm();
    Conn lent = pool.borrowObject();

    pool.close();

    assertEquals(1, factory.destroyed.size(), "the idle one");
    IllegalStateException e = assertThrows(IllegalStateException.class, pool::borrow);
    assertEquals("Pool 'db' is closed; it lends nothing after close().", e.getMessage());
    assertThrows(IllegalStateException.class, pool::prewarm);

    pool.returnObject(lent);
    assertEquals(2, factory.destroyed.size(), "returned after close: destroyed");
    assertEquals(0, pool.stats().idle());
    pool.close();
    assertTrue(pool.stats().closed());
    assertEquals(0, factory.doubleDestroys.get());
  }

  @Test
  void closingWakesWaitingBorrowers() throws Exception {
    ResourcePool<Conn> pool = pool().maxActive(1).borrowTimeout(Duration.ofMinutes(10)).build();
    pool.borrow();
    CompletableFuture<Lease<Conn>> waiter = CompletableFuture.supplyAsync(pool::borrow);
    awaitWaiting(pool, 1);

    pool.close();

    ExecutionException e = assertThrows(ExecutionException.class, () -> waiter.get(1, TimeUnit.MINUTES));
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("closed"));
  }

  @Test
  void interruptedBorrowerGivesUpAndKeepsItsInterruptFlag() throws Exception {
    ResourcePool<Conn> pool = pool().maxActive(1).borrowTimeout(Duration.ofMinutes(10)).build();
    pool.borrow();
    CompletableFuture<String> outcome = new CompletableFuture<>();
    Thread borrower = new Thread(() -> {
      try {
        pool.borrow();
        outcome.complete("borrowed");
      } catch (ResourcePoolException e) {
        outcome.complete(e.getMessage() + " / interrupted=" + Thread.currentThread().isInterrupted());
      }
    });
    borrower.start();
    awaitWaiting(pool, 1);
    borrower.interrupt();
    assertEquals("Interrupted while waiting for an object from pool 'db' / interrupted=true",
        outcome.get(1, TimeUnit.MINUTES));
  }

  @Test
  void clearReplacesEveryObjectCreatedBeforeIt() {
    ResourcePool<Conn> pool = pool().minIdle(1).build();
    pool.prewarm();
    Conn lent = pool.borrowObject();
    Conn idle = pool.borrowObject();
    pool.returnObject(idle);

    pool.clear();

    assertEquals(List.of(idle), factory.destroyed);
    pool.returnObject(lent);
    assertEquals(List.of(idle, lent), factory.destroyed, "lent before clear: destroyed on return");
    pool.prewarm();
    assertEquals(3, pool.borrowObject().id);
  }

  @Test
  void inconsistentLimitsAreRejected() {
    IllegalArgumentException minOverMax =
        assertThrows(IllegalArgumentException.class, () -> pool().minIdle(5).maxIdle(3).build());
    assertEquals("Pool 'db': minIdle (5) must not exceed maxIdle (3)", minOverMax.getMessage());
    IllegalArgumentException idleOverActive =
        assertThrows(IllegalArgumentException.class, () -> pool().maxActive(2).maxIdle(3).build());
    assertEquals("Pool 'db': maxIdle (3) must not exceed maxActive (2)", idleOverActive.getMessage());
    assertThrows(IllegalArgumentException.class, () -> pool().maxActive(0));
    assertThrows(IllegalArgumentException.class, () -> pool().borrowTimeout(Duration.ofSeconds(-1)));
    assertFalse(pool().minIdle(2).maxActive(2).build().isClosed(), "maxIdle defaults to maxActive");
  }

  @Test
  void destroyFailureDoesNotStopThePool() {
    ResourcePool<String> pool = ResourcePool.builder("flaky", ResourceFactory.<String>of(
            () -> new String("conn"), s -> false, s -> {
              throw new IllegalStateException("already closed by the server");
            }))
        .build();
    String first = pool.borrowObject();
    pool.returnObject(first);
    String second = pool.borrowObject(); // first fails validation; its destroy throws
    assertNotSame(first, second);
    assertEquals(1, pool.stats().destroyed());
  }

  @Test
  void aWarmBorrowAllocatesOnlyItsLease() {
    ResourcePool<Conn> pool = pool().build();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    for (int i = 0; i < 20_000; i++) { // warm up: the JIT, the map's table
      try (Lease<Conn> lease = pool.borrow()) {
        lease.get();
      }
      pool.returnObject(pool.borrowObject());
    }
    int borrows = 100_000;

    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < borrows; i++) {
      pool.returnObject(pool.borrowObject());
    }
    long objectApi = threads.getThreadAllocatedBytes(thread) - before;

    before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < borrows; i++) {
      try (Lease<Conn> lease = pool.borrow()) {
        lease.get();
      }
    }
    long leaseApi = threads.getThreadAllocatedBytes(thread) - before;

    // A lease is 24 bytes with compressed references; allow measuring noise, not a second object.
    assertTrue(objectApi / borrows < 8, "borrowObject allocates nothing: " + objectApi / borrows + " B/borrow");
    assertTrue(leaseApi / borrows <= 32, "a borrow allocates its lease only: " + leaseApi / borrows + " B/borrow");
  }

  static void awaitWaiting(ResourcePool<?> pool, int waiting) {
    while (pool.stats().waiting() < waiting) {
      Thread.onSpinWait();
      Thread.yield();
    }
  }
}
