package dev.lift.dynamodb.idempotency;

/** The {@link IdempotencyMiddleware} the generated code creates for {@link Idempotent}. */
public final class IdempotencyCheck extends IdempotencyMiddleware {
  public IdempotencyCheck(Idempotent idempotent, IdempotencyStore store) {
    super(store);
  }
}
