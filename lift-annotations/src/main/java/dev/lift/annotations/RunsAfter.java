package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a middleware class: wherever it applies together with one of these, it must run after them
 * (inside them). A declared order that breaks this is a compile-time error; Lift never reorders.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RunsAfter {
  Class<?>[] value();
}
