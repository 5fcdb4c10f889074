package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a route method parameter to a cookie, from the HTTP API 2.0 {@code cookies} array or from {@code Cookie} headers.
 *
 * <p>Supported types: {@code String}, primitives and their boxes, {@code UUID}, enums, and
 * {@code Optional<T>} or {@code List<T>} of those. A required value that is missing or malformed
 * answers 400 naming the parameter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface CookieParam {
  /** The name in the request; empty means the parameter's own name. */
  String value() default "";
}
