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
 * <p>When a record's handler throws, processing stops and the batch response reports that
 * record's sequence number in {@code batchItemFailures} (enable {@code ReportBatchItemFailures} on
 * the event source mapping), so Lambda retries from it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface DynamoDbStream {
  /** The table's name, or its ARN or stream ARN. */
  String value();
}
