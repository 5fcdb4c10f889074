package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Work moved into the function's init phase, which Lambda runs at full CPU before the first
 * request (and which SnapStart snapshots).
 *
 * <ul>
 *   <li>On a method that returns a value: a <b>resource provider</b>. The value is created once at
 *       init, in dependency order, and handed by type (and {@link Named} qualifier) to the
 *       constructors of handler classes, middleware and other providers, and to the parameters of
 *       other {@code @PreWarm} methods. A resource that is {@link AutoCloseable} is closed at
 *       shutdown, in reverse order of creation.
 *   <li>On a method that returns nothing: a <b>warm-up hook</b>, run at init once every resource
 *       exists; its parameters are resources.
 * </ul>
 *
 * <p>The method may be static, or belong to a class the generated code can construct (its
 * constructor parameters are resources too). It belongs to the application whose package covers
 * its class, like handler classes. A failure fails the init, naming the resource.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PreWarm {}
