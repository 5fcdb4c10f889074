package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a public method to the messages of an SQS queue, one message at a time. Parameters: the
 * message ({@code dev.lift.runtime.events.SqsMessage}), its body as {@link Body} ({@code String},
 * or any other type read as JSON through the application's codec), the Lambda {@code Context}, the
 * {@code EventExchange}.
 *
 * <p>A message whose handler throws, or whose body cannot be decoded, is reported in the batch
 * response's {@code batchItemFailures} (enable {@code ReportBatchItemFailures} on the event source
 * mapping), so that only it is retried. In a FIFO queue the rest of its message group is reported
 * failed with it, unprocessed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Sqs {
  /** The queue's name ({@code "orders"}, {@code "orders.fifo"}) or ARN. */
  String value();
}
