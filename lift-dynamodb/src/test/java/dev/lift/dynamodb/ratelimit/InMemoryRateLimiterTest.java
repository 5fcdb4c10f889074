package dev.lift.dynamodb.ratelimit;

/**
 * The in-memory limiter ({@code RateLimiter.inMemory}, for local runs) gives the same answers as
 * the DynamoDB one: every behaviour test of {@link RateLimiterTest} runs against it too.
 */
class InMemoryRateLimiterTest extends RateLimiterTest {
  @Override
  RateLimiter create(RateLimitConfig config) {
    return RateLimiter.inMemory(config);
  }

  /** Not a test here: it reads DynamoDB items, which the in-memory limiter does not write. */
  @Override
  void windowItemsCarryATtlTwoWindowsAfterTheirStart() {}
}
