package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps an exception type to an error response: a public method with one parameter (the exception
 * type) that returns a {@code dev.lift.runtime.error.LiftError}, for example
 *
 * <pre>{@code
 * @Recover
 * public static LiftError missing(NoSuchElementException e) {
 *   return LiftError.notFound(e.getMessage());
 * }
 * }</pre>
 *
 * <p>In the {@link LiftApplication} class it applies to every route; in a handler class, to that
 * class's routes, before the application's. The most specific exception type wins; two methods for
 * the same type in one scope are a compile-time error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Recover {}
