package dev.lift.dynamodb.ratelimit;

/**
 * The answer for one request.
 *
 * @param allowed whether the request may go on
 * @param limit the limit per window
 * @param remaining how many more requests the window admits after this one (0 when refused)
 * @param resetEpochSeconds when the current window ends (epoch seconds, for {@code X-RateLimit-Reset})
 * @param retryAfterSeconds for a refused request, how long to wait before trying again (at least
 *     1); 0 when allowed
 * @param failed true when DynamoDB could not be asked and the {@link FailureMode} decided
 */
public record RateLimitResult(
    boolean allowed, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds, boolean failed) {}
