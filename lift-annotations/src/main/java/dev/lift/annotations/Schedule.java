package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a public method to the events of an EventBridge scheduled rule ({@code source}
 * {@code aws.events}, {@code detail-type} {@code Scheduled Event}), recognised by the rule in the
 * event's {@code resources}. Parameters as for {@link EventBridge}. An exception fails the
 * invocation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Schedule {
  /** The rule's name ({@code "nightly-report"}) or ARN. */
  String value();
}
