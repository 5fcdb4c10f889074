package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an annotation type: that annotation, placed on a route method, a handler class or the
 * application class, applies the middleware named here in that scope, configured by the
 * annotation's values. Libraries use it for declarative checks such as
 * {@code @RequireAccess(roles = "admin")} or {@code @RateLimit(limit = 100, windowSeconds = 60)}.
 *
 * <p>The middleware class needs a public constructor whose first parameter is the annotation type;
 * its other parameters are {@code @PreWarm} resources, as for any middleware. The processor creates
 * one instance per distinct set of values at init, passing an instance of the annotation written
 * by the generated code (no reflection), and runs it after the {@code @Middleware} of the same
 * scope, in the order the annotations are written.
 *
 * <pre>{@code
 * @MiddlewareBinding(RequireAccessMiddleware.class)
 * @Target({ElementType.METHOD, ElementType.TYPE})
 * public @interface RequireAccess { String[] roles() default {}; String[] scopes() default {}; }
 *
 * public class RequireAccessMiddleware implements Middleware {
 *   public RequireAccessMiddleware(RequireAccess access) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.ANNOTATION_TYPE)
public @interface MiddlewareBinding {
  /** The middleware class the annotated annotation applies. */
  Class<?> value();
}
