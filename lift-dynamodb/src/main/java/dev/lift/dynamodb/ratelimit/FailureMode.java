package dev.lift.dynamodb.ratelimit;

/**
 * What a {@link RateLimiter} does when DynamoDB cannot be asked (unreachable, throttled, timed out).
 *
 * <ul>
 *   <li>{@link #OPEN}: admit the request. The API stays available while DynamoDB is not, at the
 *       price of no limit during the outage: right for limits that protect fairness or cost.
 *   <li>{@link #CLOSED}: refuse the request ({@link RateLimitMiddleware} answers 503 {@code
 *       UNAVAILABLE}, since the caller is not over its limit). Right for limits that protect
 *       something that must never be flooded: login attempts, SMS sending, payments.
 * </ul>
 *
 * Either way the failure goes to the limiter's {@code FailureListener} (a JSON log line by default)
 * and, through the middleware, into the request's metrics as {@code RateLimiterErrors}.
 */
public enum FailureMode {
  OPEN,
  CLOSED
}
