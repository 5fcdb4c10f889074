package dev.lift.runtime.resources;

/**
 * One borrow of a pooled object; closing it gives the object back.
 *
 * <pre>{@code
 * try (Lease<Connection> lease = pool.borrow()) {
 *   return query(lease.get());
 * }
 * }</pre>
 *
 * <p>A lease is good for one borrow: after {@link #close()} it refuses {@link #get()} and a second
 * close, so code that kept it too long fails loudly instead of sharing an object another borrower
 * now holds. That is why each borrow makes a new lease (its only allocation) rather than reusing
 * one per pooled object.
 */
public final class Lease<T> implements AutoCloseable {
  private final ResourcePool<T> pool;
  /** Set under the pool's lock when the borrow finds its object; read by the borrower. */
  Pooled<T> pooled;
  /** Written under the pool's lock; volatile so {@link #get()} sees it without the lock. */
  volatile boolean done;
  boolean invalidated;

  Lease(ResourcePool<T> pool) {
    this.pool = pool;
  }

  /** The borrowed object. */
  public T get() {
    if (done) {
      throw new IllegalStateException(
          "This lease from pool '" + pool.name() + "' was already returned; its object may now"
              + " belong to another borrower. Use the object only inside the try-with-resources block.");
    }
    return pooled.object;
  }

  /** Gives the object back to the pool. A lease is returned once; a second close is an error. */
  @Override
  public void close() {
    pool.release(this);
  }

  /**
   * Destroys the object instead of giving it back, for one found broken while in use. A later
   * {@link #close()} (the end of the try-with-resources block) does nothing.
   */
  public void invalidate() {
    pool.invalidate(this);
  }

  /** The pool this lease came from. */
  public ResourcePool<T> pool() {
    return pool;
  }
}
