package dev.lift.runtime.events;

import java.util.Map;

/**
 * One SQS message of a batch.
 *
 * @param body the body as sent; never {@code null} (empty when absent)
 * @param attributes the system attributes ({@code ApproximateReceiveCount}, {@code MessageGroupId}...)
 * @param messageAttributes the message attributes' string values (binary ones are left out)
 * @param queueName the last part of {@code eventSourceARN}
 */
public record SqsMessage(
    String messageId,
    String receiptHandle,
    String body,
    Map<String, String> attributes,
    Map<String, String> messageAttributes,
    String eventSourceArn,
    String queueName,
    String awsRegion) {
  public SqsMessage {
    attributes = Map.copyOf(attributes);
    messageAttributes = Map.copyOf(messageAttributes);
  }

  /** The FIFO message group, or {@code null} for a standard queue. */
  public String messageGroupId() {
    return attributes.get("MessageGroupId");
  }
}
