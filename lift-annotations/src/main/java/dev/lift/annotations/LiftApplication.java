package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an application: one Lambda function, served by one generated entry class.
 *
 * <p>The application owns every class with {@link Route} methods in its package and the packages
 * below it, unless a nearer {@code @LiftApplication} owns them. For an application class
 * {@code com.example.Api} the processor generates {@code com.example.LiftApi}, a
 * {@code RequestStreamHandler}: configure {@code com.example.LiftApi::handleRequest} as the
 * function's handler.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface LiftApplication {
  /**
   * The simple name of the generated entry class. Empty means {@code "Lift" + the simple name of
   * the annotated class}.
   */
  String handlerName() default "";

  /**
   * Handler classes from libraries to serve as routes of this application, for example
   * {@code dev.lift.runtime.health.HealthRoutes}. Classes in the application's packages need not
   * be listed.
   */
  Class<?>[] include() default {};
}
