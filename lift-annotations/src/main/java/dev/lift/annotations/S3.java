package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a public method to S3 event notifications of a bucket, optionally narrowed by key prefix,
 * key suffix and event names. Parameters: the record ({@code dev.lift.runtime.events.S3Notification}),
 * the Lambda {@code Context}, the {@code EventExchange}. When several handlers of a bucket match a
 * record, the one with the longest prefix and suffix wins. An exception fails the invocation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface S3 {
  /** The bucket's name. */
  String bucket();

  /** Only keys starting with this. */
  String prefix() default "";

  /** Only keys ending with this. */
  String suffix() default "";

  /**
   * Only these event names, as S3 names them: {@code "ObjectCreated:Put"}, or
   * {@code "ObjectCreated:*"} for a whole category. Empty: every event.
   */
  String[] events() default {};
}
