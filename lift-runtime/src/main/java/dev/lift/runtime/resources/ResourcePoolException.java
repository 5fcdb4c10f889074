package dev.lift.runtime.resources;

/**
 * A borrow failed: the factory could not create an object, or the caller was interrupted while
 * waiting. The message names the pool.
 */
public class ResourcePoolException extends RuntimeException {
  private final String poolName;

  public ResourcePoolException(String poolName, String message, Throwable cause) {
    super(message, cause);
    this.poolName = poolName;
  }

  /** The name of the pool that failed. */
  public String poolName() {
    return poolName;
  }
}
