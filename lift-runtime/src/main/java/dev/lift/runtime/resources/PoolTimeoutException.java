package dev.lift.runtime.resources;

import java.time.Duration;

/** Every object of a pool stayed lent out for the whole borrow timeout. */
public final class PoolTimeoutException extends ResourcePoolException {
  private final int maxActive;
  private final Duration timeout;

  PoolTimeoutException(String poolName, int maxActive, int waiting, Duration timeout) {
    super(
        poolName,
        "Pool '" + poolName + "' is exhausted: all " + maxActive + " objects (maxActive "
            + maxActive + ") stayed in use for the borrow timeout of " + timeout.toMillis()
            + " ms, with " + waiting + " caller(s) waiting. Return objects sooner (use"
            + " try-with-resources on the lease), or raise maxActive or borrowTimeout.",
        null);
    this.maxActive = maxActive;
    this.timeout = timeout;
  }

  /** The pool's limit on objects in use. */
  public int maxActive() {
    return maxActive;
  }

  /** How long the borrow waited. */
  public Duration timeout() {
    return timeout;
  }
}
