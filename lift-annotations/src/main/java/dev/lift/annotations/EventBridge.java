package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a public method to EventBridge events by {@code source} and {@code detail-type}.
 * Parameters: the event ({@code dev.lift.runtime.events.EventBridgeEvent}), its {@code detail} as
 * {@link Body} (read as JSON, or {@code String} for the JSON text), the Lambda {@code Context}, the
 * {@code EventExchange}. An exception fails the invocation, so Lambda's retries and dead-letter
 * queue apply.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface EventBridge {
  /** The event's {@code source}, for example {@code "com.example.orders"}. */
  String source();

  /** The event's {@code detail-type}; empty for every detail type of the source not bound otherwise. */
  String detailType() default "";
}
