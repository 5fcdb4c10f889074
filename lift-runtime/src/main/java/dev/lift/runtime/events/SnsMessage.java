package dev.lift.runtime.events;

import java.util.Map;

/**
 * One SNS notification delivered to Lambda.
 *
 * @param message the {@code Message} as published
 * @param topicName the last part of {@code topicArn}
 * @param messageAttributes the attributes' values
 */
public record SnsMessage(
    String messageId,
    String topicArn,
    String topicName,
    String subject,
    String message,
    String timestamp,
    Map<String, String> messageAttributes) {
  public SnsMessage {
    messageAttributes = Map.copyOf(messageAttributes);
  }
}
