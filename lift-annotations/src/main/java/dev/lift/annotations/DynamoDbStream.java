package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a public method to the DynamoDB Streams records of a table, one record at a time.
 * Parameters: the record ({@code dev.lift.runtime.events.DynamoDbRecord}: change type, keys, new
 * and old images), the Lambda {@code Context}, the {@code EventExchange}.
 *
 * <p>When a record's handler throws, processing stops and the exception fails the invocation, so
 * Lambda retries the batch. With {@link #reportBatchItemFailures()} the batch response reports that
 * record's sequence number in {@code batchItemFailures} instead, so Lambda retries from it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface DynamoDbStream {
  /** The table's name, or its ARN or stream ARN. */
  String value();

  /**
   * Report a failed record in {@code batchItemFailures} rather than failing the invocation. Only
   * with {@code ReportBatchItemFailures} enabled on the event source mapping: without it Lambda
   * takes the response for success and the failed records are not retried.
   */
  boolean reportBatchItemFailures() default false;
}
