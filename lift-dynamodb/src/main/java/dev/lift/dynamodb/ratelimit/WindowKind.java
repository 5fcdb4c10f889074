package dev.lift.dynamodb.ratelimit;

/** How a {@link RateLimiter} counts. */
public enum WindowKind {
  /**
   * Fixed windows aligned to the epoch (every minute on the minute, for a one-minute window): one
   * {@code UpdateItem} per request. A caller can send up to twice the limit around a boundary.
   */
  FIXED,
  /**
   * A sliding window, estimated from two fixed ones (the "sliding window counter"): the previous
   * window's count weighted by how much of it still lies inside the last window length, plus the
   * current count. No burst at the boundary; one consistent {@code GetItem} and one {@code
   * UpdateItem} per request.
   */
  SLIDING
}
