package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a public method to an HTTP route, written in API Gateway's own route syntax:
 * {@code "METHOD /path"}.
 *
 * <ul>
 *   <li>METHOD is one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, or ANY for every method.
 *   <li>The path is made of literal segments, {@code {name}} for exactly one non-empty segment, and
 *       {@code {name+}} for the rest of the path (one or more segments, last position only).
 * </ul>
 *
 * <p>The annotation processor compiles every route of an application into one generated
 * dispatcher; see {@link LiftApplication}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Route {
  /** The route, for example {@code "GET /users/{id}"}. */
  String value();
}
