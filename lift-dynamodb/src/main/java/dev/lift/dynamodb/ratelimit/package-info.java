/**
 * Rate limiting that holds across every Lambda container at once, counted in DynamoDB.
 *
 * <p>{@link dev.lift.dynamodb.ratelimit.RateLimiter} counts with one atomic conditional {@code
 * UpdateItem} per request; {@link dev.lift.dynamodb.ratelimit.RateLimitMiddleware} applies it to
 * routes with the {@code X-RateLimit-*} headers and 429 {@code RATE_LIMITED}.
 *
 * <p>The table: partition key {@code pk} (string), TTL on {@code expires_at}. One table can serve
 * every limiter of an application (items are named by limiter).
 */
package dev.lift.dynamodb.ratelimit;
