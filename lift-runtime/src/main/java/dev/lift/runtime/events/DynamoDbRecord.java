package dev.lift.runtime.events;

import java.util.Optional;

/**
 * One DynamoDB Streams record.
 *
 * @param tableName the table, from {@code eventSourceARN}
 * @param keys the item's key attributes
 * @param newImage the item after the change (INSERT and MODIFY, with a stream view that has it)
 * @param oldImage the item before the change (MODIFY and REMOVE, with a stream view that has it)
 */
public record DynamoDbRecord(
    String eventId,
    ChangeType changeType,
    String tableName,
    String eventSourceArn,
    String sequenceNumber,
    String streamViewType,
    String awsRegion,
    DynamoImage keys,
    Optional<DynamoImage> newImage,
    Optional<DynamoImage> oldImage) {

  /** DynamoDB's {@code eventName}. */
  public enum ChangeType {
    INSERT,
    MODIFY,
    REMOVE
  }
}
