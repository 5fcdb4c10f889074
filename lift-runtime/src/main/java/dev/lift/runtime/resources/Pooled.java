package dev.lift.runtime.resources;

/**
 * One object a pool owns, with the times eviction needs. Lives as long as the object, across
 * borrows, so that a borrow allocates nothing but its {@link Lease}. Mutable fields are guarded
 * by the pool's lock.
 */
final class Pooled<T> {
  final T object;
  final long createdNanos;
  /** The pool's generation when this was created; an older one is destroyed on its way back. */
  final int generation;
  long idleSinceNanos;
  /** The lease it is lent under, or {@code null} (idle, or lent through {@code borrowObject()}). */
  Lease<T> lease;

  Pooled(T object, long createdNanos, int generation) {
    this.object = object;
    this.createdNanos = createdNanos;
    this.generation = generation;
  }
}
