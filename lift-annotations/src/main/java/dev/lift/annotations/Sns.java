package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a public method to the messages of an SNS topic. Parameters: the message
 * ({@code dev.lift.runtime.events.SnsMessage}), its {@code Message} as {@link Body} ({@code String}
 * or JSON), the Lambda {@code Context}, the {@code EventExchange}. An exception fails the
 * invocation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Sns {
  /** The topic's name or ARN. */
  String value();
}
