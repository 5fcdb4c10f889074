package dev.lift.dynamodb.ratelimit;

import dev.lift.annotations.MiddlewareBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a route method or a handler class: at most {@link #limit()} requests per window for each key,
 * counted across every container (see {@link RateLimiter} and {@link RateLimitMiddleware} for the
 * headers, the 429 and the failure modes). Needs a {@link RateLimiters} {@code @PreWarm} resource.
 *
 * <pre>{@code
 * @Route("POST /payments")
 * @RateLimit(name = "payments", limit = 10, windowSeconds = 60, key = RateLimit.Key.USER)
 * public Payment pay(...) { ... }
 * }</pre>
 *
 * On a class, every route of the class shares one budget per key. Values are checked when the
 * function starts: a bad name, limit or window fails the init, naming this annotation.
 */
@Documented
@MiddlewareBinding(RateLimitCheck.class)
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimit {
  /** Names the budget's items: 1 to 64 letters, digits, {@code -}, {@code _}, {@code .}, {@code :}. */
  String name();

  /** Requests per window and key, at least 1. */
  int limit();

  /** The window length, 1 second to 1 day. */
  long windowSeconds() default 60;

  WindowKind window() default WindowKind.FIXED;

  /** Whose budget a request counts against: the first of these the request has. */
  Key[] key() default {Key.USER, Key.IP};

  /** The header whose value is the key, for {@link Key#HEADER}. */
  String header() default "";

  /** Where the key comes from; a request with none of the listed keys is not limited. */
  enum Key {
    /** The authenticated user (set by lift-jwt's middleware). */
    USER,
    /** The authenticated user's tenant: one budget per tenant. */
    TENANT,
    /** The caller's address as the event reports it. */
    IP,
    /** The first value of {@link #header()}, for example an API key's id. */
    HEADER,
    /** One budget shared by every caller. */
    GLOBAL
  }
}
