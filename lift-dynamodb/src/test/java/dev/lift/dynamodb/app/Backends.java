package dev.lift.dynamodb.app;

import dev.lift.annotations.PreWarm;
import dev.lift.dynamodb.idempotency.IdempotencyStore;
import dev.lift.dynamodb.ratelimit.RateLimiters;
import java.util.function.Supplier;

/**
 * The resources the annotations need. Tests choose DynamoDB or memory before they create the
 * handler (which runs these providers in its constructor, as Lambda's init does).
 */
public final class Backends {
  public static volatile Supplier<RateLimiters> rateLimiters = RateLimiters::inMemory;
  public static volatile Supplier<IdempotencyStore> idempotency = IdempotencyStore::inMemory;

  private Backends() {}

  @PreWarm
  public static RateLimiters rateLimiters() {
    return rateLimiters.get();
  }

  @PreWarm
  public static IdempotencyStore idempotency() {
    return idempotency.get();
  }
}
