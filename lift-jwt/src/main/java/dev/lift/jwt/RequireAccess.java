package dev.lift.jwt;

import dev.lift.annotations.MiddlewareBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a route method or a handler class: the request's {@link Principal} must have every role and
 * every scope named, else 403 {@code FORBIDDEN} (401 when no {@link JwtMiddleware} authenticated
 * it). The check is a {@link RequireAccessMiddleware} the generated code creates at init with these
 * values and calls inline on each route it covers; put {@link JwtMiddleware} in an outer scope
 * (usually the application's {@code @Middleware}).
 *
 * <pre>{@code
 * @RequireAccess(scopes = "payments:read")
 * public class Payments {
 *   @Route("POST /payments") @RequireAccess(scopes = "payments:write")   // both checks run
 *   public Payment create(Principal principal, @Body NewPayment payment) { ... }
 * }
 * }</pre>
 */
@Documented
@MiddlewareBinding(RequireAccessMiddleware.class)
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequireAccess {
  /** Roles the principal must all have (the token's {@code roles} claim). */
  String[] roles() default {};

  /** Scopes the principal must all have (the token's {@code scope} or {@code scp} claim). */
  String[] scopes() default {};
}
