package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Applies middleware, classes implementing {@code dev.lift.runtime.middleware.Middleware}:
 *
 * <ul>
 *   <li>on the {@link LiftApplication} class: every request of the application, including those
 *       that match no route (404, 405, CORS preflights);
 *   <li>on a handler class: every route of that class;
 *   <li>on a {@link Route} method: that route.
 * </ul>
 *
 * <p>Outer scopes run first (application, then class, then route), and within a scope the order
 * written here. The generated dispatcher calls each middleware directly at the route's call site.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Middleware {
  /** Middleware classes, outermost first. Each needs a public constructor without parameters. */
  Class<?>[] value();
}
