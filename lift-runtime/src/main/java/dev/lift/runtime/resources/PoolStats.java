package dev.lift.runtime.resources;

/**
 * A snapshot of a {@link ResourcePool}'s counters, taken under its lock so the numbers agree
 * with each other.
 *
 * @param name the pool's name
 * @param active objects lent out, or being created or validated for a borrower
 * @param idle objects waiting in the pool
 * @param waiting callers blocked in a borrow right now
 * @param maxActive the pool's limit on {@code active + idle}
 * @param created objects created since the pool was built
 * @param destroyed objects destroyed since the pool was built (invalid, expired, surplus, closed)
 * @param waits borrows that had to wait for an object
 * @param timeouts borrows that gave up waiting ({@link PoolTimeoutException})
 * @param closed whether the pool was closed
 */
public record PoolStats(
    String name,
    int active,
    int idle,
    int waiting,
    int maxActive,
    long created,
    long destroyed,
    long waits,
    long timeouts,
    boolean closed) {

  /** Whether every object is lent out: a borrow now waits. */
  public boolean exhausted() {
    return active >= maxActive;
  }
}
