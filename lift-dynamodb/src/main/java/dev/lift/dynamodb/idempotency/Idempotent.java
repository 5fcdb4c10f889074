package dev.lift.dynamodb.idempotency;

import dev.lift.annotations.MiddlewareBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a route method or a handler class: requests with an {@code Idempotency-Key} header run once
 * per key, as {@link IdempotencyMiddleware} describes (replays with {@code Idempotent-Replayed:
 * true}, 409 while the first runs, 422 for a different payload under the same key). Needs an
 * {@link IdempotencyStore} {@code @PreWarm} resource:
 *
 * <pre>{@code
 * @PreWarm public static IdempotencyStore idempotency(DynamoDbClient dynamo) {
 *   return new IdempotencyStore(dynamo, IdempotencyConfig.defaults("idempotency"));
 * }
 * @Route("POST /payments") @Idempotent public Payment pay(...) { ... }
 * }</pre>
 *
 * Put it inside authentication (so a key is scoped to the caller) and outside rate limits.
 */
@Documented
@MiddlewareBinding(IdempotencyCheck.class)
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {}
