package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a class: route methods may declare a parameter of this type without a binding annotation;
 * the generated code binds it by calling the class's public static method named {@link #method()},
 * which takes the {@code dev.lift.runtime.http.Exchange} and returns the value (or throws a
 * {@code LiftError}, for example 401 when a principal is required and absent). Middleware put
 * such values on the exchange; this is how a route receives them without a lookup by name.
 *
 * <pre>{@code
 * @ExchangeValue
 * public final class Principal {
 *   public static Principal from(Exchange exchange) { ... }
 * }
 * @Route("GET /me") public Me me(Principal principal) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ExchangeValue {
  /** The public static method that takes an {@code Exchange} and returns an instance of the class. */
  String method() default "from";
}
