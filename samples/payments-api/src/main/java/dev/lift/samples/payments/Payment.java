package dev.lift.samples.payments;

import dev.lift.dynamodb.schema.AttributeName;
import dev.lift.dynamodb.schema.DynamoItem;
import dev.lift.dynamodb.schema.PartitionKey;
import dev.lift.dynamodb.schema.SortKey;
import java.time.Instant;

/**
 * One payment posted to an account: a credit (positive amount) or a debit (negative), in minor
 * units. {@code sequence} is the account version the payment produced, so an account's payments
 * are numbered 2, 3, ... without gaps (version 1 is the account's creation), in the order they
 * were applied.
 *
 * <p>{@code @DynamoItem}: the processor writes its DynamoDB mapping, {@code Payment_TableSchema}.
 * Table: partition key {@code pk} (string; {@code TenantRepository} stores
 * {@code <tenant>#<account id>}), sort key {@code seq} (number).
 */
@DynamoItem
public record Payment(
    String id,
    @PartitionKey @AttributeName("pk") String accountId,
    @SortKey @AttributeName("seq") long sequence,
    long amount,
    String description,
    @AttributeName("balance_after") long balanceAfter,
    @AttributeName("created_at") Instant createdAt) {}
