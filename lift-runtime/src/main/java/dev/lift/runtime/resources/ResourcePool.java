package dev.lift.runtime.resources;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * A bounded pool of reusable objects (connections, clients), made for Lambda.
 *
 * <pre>{@code
 * @PreWarm
 * static ResourcePool<Connection> db() {
 *   return ResourcePool.builder("db", ResourceFactory.of(Db::connect, c -> c.isValid(1), Connection::close))
 *       .minIdle(1)
 *       .maxActive(4)
 *       .build();
 * }
 *
 * try (Lease<Connection> lease = pool.borrow()) {
 *   ...lease.get()...
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>No background threads</b>: a frozen Lambda never runs them. Idle objects past the idle
 *       timeout (beyond {@code minIdle}) or past their maximum lifetime are destroyed during
 *       borrows and returns. {@link #prewarm()} creates {@code minIdle} objects; generated init
 *       code calls it for a {@code @PreWarm} pool, and it may be called again (after a restore).
 *   <li><b>At most {@code maxActive}</b> objects exist at once (lent out, being created, or idle);
 *       a borrow beyond that waits up to the borrow timeout, then throws {@link
 *       PoolTimeoutException} naming the pool and its limits. At most {@code maxIdle} wait idle;
 *       surplus returns are destroyed.
 *   <li>The most recently returned object is lent first (warm connections get reused; cold ones
 *       age out). Idle objects are validated before they are lent when {@code validateOnBorrow}.
 *   <li>Creation, validation and destruction run outside the pool's lock: a slow connect does not
 *       block returns.
 *   <li>Misuse fails with a message: borrowing from a closed pool, returning twice, returning an
 *       object this pool did not lend. After {@link #close()}, returned objects are destroyed.
 *   <li>{@link #clear()} drops every object created so far, for example after a SnapStart restore
 *       whose snapshot holds connections that are no longer open.
 * </ul>
 *
 * <p>Why not Apache commons-pool2, which does all this: it costs the cold start what Lift exists
 * to save. Measured at first use (build a pool, borrow and return twice) in fresh JVMs with
 * {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}, JDK 17, 2 cores, all classes in one directory
 * as Lambda unpacks them, median of 31 runs each: commons-pool2 2.13.1's {@code GenericObjectPool}
 * costs 39 ms and 1.2 MiB of peak RSS over an empty {@code main} with JMX registration disabled,
 * 348 ms and 8.6 MiB with its default JMX registration; this pool costs 6 ms and 0.3 MiB. (The
 * machine was shared with other builds; a repeat of 21 runs gave 63 ms for commons-pool2 without
 * JMX and 9 ms for this pool.)
 *
 * <p>Thread-safe.
 */
public final class ResourcePool<T> implements AutoCloseable {
  private final String name;
  private final ResourceFactory<T> factory;
  private final int minIdle;
  private final int maxIdle;
  private final int maxActive;
  private final long idleTimeoutNanos;
  private final long maxLifetimeNanos;
  private final Duration borrowTimeout;
  private final boolean validateOnBorrow;
  private final LongSupplier nanoClock;

  private final ReentrantLock lock = new ReentrantLock();
  /** Signalled whenever an object comes back or a slot frees up. */
  private final Condition released = lock.newCondition();
  /** Most recently returned first: borrows take from the head, eviction starts at the tail. */
  private final ArrayDeque<Pooled<T>> idle;
  /** Lent-out objects by identity; an {@code IdentityHashMap} stores entries without allocating. */
  private final IdentityHashMap<T, Pooled<T>> lent;
  private int active;
  private int waiting;
  private int generation;
  private boolean closed;
  private long created;
  private long destroyed;
  private long waits;
  private long timeouts;

  private ResourcePool(Builder<T> b) {
    this.name = b.name;
    this.factory = b.factory;
    this.maxActive = b.maxActive;
    this.maxIdle = b.maxIdle < 0 ? b.maxActive : b.maxIdle;
    this.minIdle = b.minIdle;
    this.idleTimeoutNanos = b.idleTimeout.toNanos();
    this.maxLifetimeNanos = b.maxLifetime.toNanos();
    this.borrowTimeout = b.borrowTimeout;
    this.validateOnBorrow = b.validateOnBorrow;
    this.nanoClock = b.nanoClock;
    this.idle = new ArrayDeque<>(maxIdle + 1);
    this.lent = new IdentityHashMap<>(maxActive);
    if (minIdle > maxIdle) {
      throw new IllegalArgumentException(
          "Pool '" + name + "': minIdle (" + minIdle + ") must not exceed maxIdle (" + maxIdle + ")");
    }
    if (maxIdle > maxActive) {
      throw new IllegalArgumentException(
          "Pool '" + name + "': maxIdle (" + maxIdle + ") must not exceed maxActive (" + maxActive + ")");
    }
  }

  /** Starts a pool; {@code name} appears in every message and in the statistics. */
  public static <T> Builder<T> builder(String name, ResourceFactory<T> factory) {
    return new Builder<>(name, factory);
  }

  public String name() {
    return name;
  }

  /**
   * Borrows an object for a try-with-resources block. Waits up to the borrow timeout when all
   * {@code maxActive} objects are in use.
   *
   * @throws PoolTimeoutException when none came back in time
   * @throws ResourcePoolException when the factory failed to create one, or on interrupt
   * @throws IllegalStateException when the pool is closed
   */
  public Lease<T> borrow() {
    Lease<T> lease = new Lease<>(this);
    take(lease);
    return lease;
  }

  /**
   * Borrows an object without a lease, for code that hands it around; give it back with {@link
   * #returnObject} or {@link #invalidateObject}. Allocates nothing once the pool is warm.
   */
  public T borrowObject() {
    return take(null).object;
  }

  /** Gives back an object from {@link #borrowObject()}. */
  public void returnObject(T object) {
    Pooled<T> back;
    List<Pooled<T>> evicted;
    lock.lock();
    try {
      Pooled<T> pooled = checkOut(object);
      back = checkIn(pooled);
      evicted = evictExpired(nanoClock.getAsLong(), null);
    } finally {
      lock.unlock();
    }
    destroy(back);
    destroy(evicted);
  }

  /** Destroys an object from {@link #borrowObject()} instead of giving it back (it is broken). */
  public void invalidateObject(T object) {
    lock.lock();
    try {
      discard(checkOut(object));
    } finally {
      lock.unlock();
    }
    destroy(object);
  }

  /**
   * Creates objects until {@code minIdle} are idle (or {@code maxActive} exist). Generated init
   * code calls it for a {@code @PreWarm} pool, so that the first requests find connections open.
   *
   * @throws ResourcePoolException when the factory fails; objects created before stay pooled
   */
  public void prewarm() {
    while (true) {
      lock.lock();
      try {
        ensureOpen();
        if (idle.size() >= minIdle || active + idle.size() >= maxActive) {
          return;
        }
        active++;
      } finally {
        lock.unlock();
      }
      T object = create();
      Pooled<T> rejected = null;
      lock.lock();
      try {
        active--;
        Pooled<T> fresh = adopt(object);
        if (closed) {
          destroyed++;
          rejected = fresh;
        } else {
          fresh.idleSinceNanos = fresh.createdNanos;
          idle.addFirst(fresh);
        }
        released.signal();
      } finally {
        lock.unlock();
      }
      if (rejected != null) {
        destroy(rejected);
        ensureOpen();
      }
    }
  }

  /**
   * Destroys every idle object now, and every object lent out when it comes back; later borrows
   * get new objects. Call it after a SnapStart restore (then {@link #prewarm()} again): the
   * snapshot's connections are no longer open.
   */
  public void clear() {
    List<Pooled<T>> drained;
    lock.lock();
    try {
      generation++;
      drained = drainIdle();
    } finally {
      lock.unlock();
    }
    destroy(drained);
  }

  /**
   * Destroys the idle objects; objects lent out are destroyed when they come back, and borrows
   * fail from now on (waiting ones too). Closing again does nothing.
   */
  @Override
  public void close() {
    List<Pooled<T>> drained;
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      drained = drainIdle();
      released.signalAll();
    } finally {
      lock.unlock();
    }
    destroy(drained);
  }

  public boolean isClosed() {
    lock.lock();
    try {
      return closed;
    } finally {
      lock.unlock();
    }
  }

  /** The counters as of now. */
  public PoolStats stats() {
    lock.lock();
    try {
      return new PoolStats(
          name, active, idle.size(), waiting, maxActive, created, destroyed, waits, timeouts, closed);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    PoolStats s = stats();
    return "ResourcePool[" + name + ": active " + s.active() + "/" + maxActive + ", idle "
        + s.idle() + (s.closed() ? ", closed" : "") + "]";
  }

  void release(Lease<T> lease) {
    Pooled<T> back;
    List<Pooled<T>> evicted;
    lock.lock();
    try {
      if (lease.done) {
        if (lease.invalidated) {
          return;
        }
        throw new IllegalStateException(
            "This lease from pool '" + name + "' was already returned; return each lease once"
                + " (try-with-resources does it for you).");
      }
      finish(lease);
      back = checkIn(lease.pooled);
      evicted = evictExpired(nanoClock.getAsLong(), null);
    } finally {
      lock.unlock();
    }
    destroy(back);
    destroy(evicted);
  }

  void invalidate(Lease<T> lease) {
    lock.lock();
    try {
      if (lease.done) {
        throw new IllegalStateException(
            "This lease from pool '" + name + "' was already returned or invalidated; its object"
                + " is no longer yours to invalidate.");
      }
      finish(lease);
      lease.invalidated = true;
      discard(lease.pooled);
    } finally {
      lock.unlock();
    }
    destroy(lease.pooled.object);
  }

  /** Borrows: an idle object, else a new one, else waits. {@code lease} is null for borrowObject. */
  private Pooled<T> take(Lease<T> lease) {
    long remaining = borrowTimeout.toNanos();
    boolean counted = false;
    while (true) {
      Pooled<T> pooled = null;
      List<Pooled<T>> evicted = null;
      lock.lock();
      try {
        while (true) {
          ensureOpen();
          long now = nanoClock.getAsLong();
          evicted = evictExpired(now, evicted);
          pooled = idle.pollFirst();
          if (pooled != null && expired(pooled, now)) {
            destroyed++;
            evicted = add(evicted, pooled);
            continue;
          }
          if (pooled != null || active < maxActive) {
            active++;
            break;
          }
          if (remaining <= 0) {
            timeouts++;
            throw new PoolTimeoutException(name, maxActive, waiting + 1, borrowTimeout);
          }
          if (!counted) {
            waits++;
            counted = true;
          }
          remaining = await(remaining);
        }
        if (pooled != null) {
          lend(pooled, lease);
        }
      } finally {
        lock.unlock();
        destroy(evicted);
      }
      if (pooled == null) {
        return lendNew(lease);
      }
      if (!validateOnBorrow || isValid(pooled.object)) {
        return pooled;
      }
      lock.lock();
      try {
        lent.remove(pooled.object);
        pooled.lease = null;
        discard(pooled);
      } finally {
        lock.unlock();
      }
      destroy(pooled.object);
    }
  }

  private long await(long remaining) {
    waiting++;
    try {
      return released.awaitNanos(remaining);
    } catch (InterruptedException e) {
      // Pass on a signal this thread may have consumed, then give up.
      released.signal();
      Thread.currentThread().interrupt();
      throw new ResourcePoolException(
          name, "Interrupted while waiting for an object from pool '" + name + "'", e);
    } finally {
      waiting--;
    }
  }

  /** Creates an object for a borrower that holds a reserved slot. */
  private Pooled<T> lendNew(Lease<T> lease) {
    T object = create();
    Pooled<T> fresh;
    lock.lock();
    try {
      fresh = adopt(object);
      if (closed) {
        active--;
        destroyed++;
      } else {
        lend(fresh, lease);
        return fresh;
      }
    } finally {
      lock.unlock();
    }
    destroy(fresh.object);
    throw closedError();
  }

  /** Calls the factory for a slot already counted in {@code active}; frees the slot on failure. */
  private T create() {
    try {
      T object = factory.create();
      if (object == null) {
        throw new NullPointerException("the factory returned null");
      }
      return object;
    } catch (Exception e) {
      lock.lock();
      try {
        active--;
        released.signal();
      } finally {
        lock.unlock();
      }
      throw new ResourcePoolException(
          name, "Pool '" + name + "' could not create an object: " + e, e);
    }
  }

  /** Wraps a new object; under the lock. */
  private Pooled<T> adopt(T object) {
    created++;
    return new Pooled<>(object, nanoClock.getAsLong(), generation);
  }

  private void lend(Pooled<T> pooled, Lease<T> lease) {
    lent.put(pooled.object, pooled);
    pooled.lease = lease;
    if (lease != null) {
      lease.pooled = pooled;
    }
  }

  /** Takes a lent object back from {@link #lent}, or says why it cannot. */
  private Pooled<T> checkOut(T object) {
    Pooled<T> pooled = lent.remove(Objects.requireNonNull(object, "object"));
    if (pooled == null) {
      for (Pooled<T> waitingIdle : idle) {
        if (waitingIdle.object == object) {
          throw new IllegalStateException(
              "This object was already returned to pool '" + name + "'; return each object once.");
        }
      }
      throw new IllegalArgumentException(
          "Pool '" + name + "' did not lend this object (" + describe(object) + "), or it was"
              + " already returned and destroyed. Return objects to the pool they came from.");
    }
    if (pooled.lease != null) {
      finish(pooled.lease);
    }
    return pooled;
  }

  private void finish(Lease<T> lease) {
    lease.done = true;
    lent.remove(lease.pooled.object);
    lease.pooled.lease = null;
  }

  /** Puts a returned object back, or answers it when it must be destroyed instead. */
  private Pooled<T> checkIn(Pooled<T> pooled) {
    active--;
    released.signal();
    long now = nanoClock.getAsLong();
    if (closed || expired(pooled, now) || idle.size() >= maxIdle) {
      destroyed++;
      return pooled;
    }
    pooled.idleSinceNanos = now;
    idle.addFirst(pooled);
    return null;
  }

  /** Forgets an object that will be destroyed, freeing its slot. */
  private void discard(Pooled<T> pooled) {
    active--;
    destroyed++;
    released.signal();
  }

  /**
   * Removes idle objects from the cold end: past their lifetime or from before {@link #clear()},
   * and past the idle timeout while more than {@code minIdle} are idle. Allocates a list only when
   * it evicts.
   */
  private List<Pooled<T>> evictExpired(long now, List<Pooled<T>> evicted) {
    Pooled<T> coldest;
    while ((coldest = idle.peekLast()) != null
        && (expired(coldest, now)
            || (idleTimeoutNanos > 0
                && idle.size() > minIdle
                && now - coldest.idleSinceNanos >= idleTimeoutNanos))) {
      idle.pollLast();
      destroyed++;
      evicted = add(evicted, coldest);
    }
    return evicted;
  }

  private boolean expired(Pooled<T> pooled, long now) {
    return pooled.generation != generation
        || (maxLifetimeNanos > 0 && now - pooled.createdNanos >= maxLifetimeNanos);
  }

  private List<Pooled<T>> drainIdle() {
    List<Pooled<T>> drained = new ArrayList<>(idle);
    destroyed += idle.size();
    idle.clear();
    return drained;
  }

  private boolean isValid(T object) {
    try {
      return factory.validate(object);
    } catch (Exception e) {
      return false;
    }
  }

  private void destroy(List<Pooled<T>> pooled) {
    if (pooled != null) {
      for (Pooled<T> p : pooled) {
        destroy(p.object);
      }
    }
  }

  private void destroy(Pooled<T> pooled) {
    if (pooled != null) {
      destroy(pooled.object);
    }
  }

  private void destroy(T object) {
    try {
      factory.destroy(object);
    } catch (Exception e) {
      // The object leaves the pool either way; closing a broken connection often fails.
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw closedError();
    }
  }

  private IllegalStateException closedError() {
    return new IllegalStateException("Pool '" + name + "' is closed; it lends nothing after close().");
  }

  private static <E> List<E> add(List<E> list, E element) {
    List<E> result = list == null ? new ArrayList<>(4) : list;
    result.add(element);
    return result;
  }

  private static String describe(Object object) {
    return object.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(object));
  }

  /** {@link System#nanoTime()}; a class rather than a method reference, which would bootstrap
   * the lambda machinery on first use (tens of milliseconds in a cold JVM). */
  private static final class SystemNanos implements LongSupplier {
    static final SystemNanos INSTANCE = new SystemNanos();

    @Override
    public long getAsLong() {
      return System.nanoTime();
    }
  }

  /** Limits and timeouts; every one has a default. */
  public static final class Builder<T> {
    private final String name;
    private final ResourceFactory<T> factory;
    private int minIdle;
    private int maxIdle = -1;
    private int maxActive = 10;
    private Duration idleTimeout = Duration.ofMinutes(5);
    private Duration maxLifetime = Duration.ofMinutes(30);
    private Duration borrowTimeout = Duration.ofSeconds(5);
    private boolean validateOnBorrow = true;
    private LongSupplier nanoClock = SystemNanos.INSTANCE;

    private Builder(String name, ResourceFactory<T> factory) {
      this.name = Objects.requireNonNull(name, "name");
      this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** Objects {@link #prewarm()} creates, and that idle-timeout eviction keeps. Default 0. */
    public Builder<T> minIdle(int minIdle) {
      this.minIdle = atLeast("minIdle", minIdle, 0);
      return this;
    }

    /** Most objects idle at once; surplus returns are destroyed. Default: {@code maxActive}. */
    public Builder<T> maxIdle(int maxIdle) {
      this.maxIdle = atLeast("maxIdle", maxIdle, 0);
      return this;
    }

    /** Most objects in existence at once, lent out or idle. Default 10. */
    public Builder<T> maxActive(int maxActive) {
      this.maxActive = atLeast("maxActive", maxActive, 1);
      return this;
    }

    /** An object idle this long is destroyed (beyond {@code minIdle}). Default 5 min; zero: never. */
    public Builder<T> idleTimeout(Duration idleTimeout) {
      this.idleTimeout = notNegative("idleTimeout", idleTimeout);
      return this;
    }

    /** An object this old is destroyed instead of lent or kept. Default 30 min; zero: never. */
    public Builder<T> maxLifetime(Duration maxLifetime) {
      this.maxLifetime = notNegative("maxLifetime", maxLifetime);
      return this;
    }

    /** How long a borrow waits when every object is in use. Default 5 s; zero: fail at once. */
    public Builder<T> borrowTimeout(Duration borrowTimeout) {
      this.borrowTimeout = notNegative("borrowTimeout", borrowTimeout);
      return this;
    }

    /** Whether idle objects are validated before they are lent. Default true. */
    public Builder<T> validateOnBorrow(boolean validateOnBorrow) {
      this.validateOnBorrow = validateOnBorrow;
      return this;
    }

    /**
     * The clock of idle timeouts and lifetimes, in nanoseconds like {@link System#nanoTime()}
     * (the default); tests pass one they control. Borrow waits use real time.
     */
    public Builder<T> clock(LongSupplier nanoClock) {
      this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
      return this;
    }

    /** @throws IllegalArgumentException when {@code minIdle <= maxIdle <= maxActive} does not hold */
    public ResourcePool<T> build() {
      return new ResourcePool<>(this);
    }

    private int atLeast(String what, int value, int min) {
      if (value < min) {
        throw new IllegalArgumentException(
            "Pool '" + name + "': " + what + " must be at least " + min + ", not " + value);
      }
      return value;
    }

    private Duration notNegative(String what, Duration value) {
      Objects.requireNonNull(value, what);
      if (value.isNegative()) {
        throw new IllegalArgumentException(
            "Pool '" + name + "': " + what + " must not be negative, not " + value);
      }
      return value;
    }
  }
}
