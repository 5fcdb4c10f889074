package dev.lift.dynamodb;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Creates tables for local runs and tests (dynalite). In AWS, declare them in your template
 * instead, with TTL on {@value #TTL_ATTRIBUTE} for the rate-limit and idempotency tables.
 */
public final class DynamoTables {
  /** The partition key of the rate-limit and idempotency tables, a string. */
  public static final String PARTITION_KEY = "pk";
  /** The TTL attribute of the rate-limit and idempotency tables (epoch seconds). */
  public static final String TTL_ATTRIBUTE = "expires_at";

  private DynamoTables() {}

  /** Creates a table with a string partition key {@value #PARTITION_KEY}; false when it exists. */
  public static boolean createIfMissing(DynamoDbClient client, String tableName) {
    return createIfMissing(client, tableName, PARTITION_KEY, null);
  }

  /**
   * Creates an on-demand table with a string partition key and, unless {@code sortKey} is null, a
   * string sort key; false when a table of that name exists.
   */
  public static boolean createIfMissing(DynamoDbClient client, String tableName, String partitionKey, String sortKey) {
    List<AttributeDefinition> attributes = new ArrayList<>();
    List<KeySchemaElement> keys = new ArrayList<>();
    attributes.add(AttributeDefinition.builder().attributeName(partitionKey).attributeType(ScalarAttributeType.S).build());
    keys.add(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build());
    if (sortKey != null) {
      attributes.add(AttributeDefinition.builder().attributeName(sortKey).attributeType(ScalarAttributeType.S).build());
      keys.add(KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
    }
    try {
      client.createTable(CreateTableRequest.builder()
          .tableName(tableName)
          .attributeDefinitions(attributes)
          .keySchema(keys)
          .billingMode(BillingMode.PAY_PER_REQUEST)
          .build());
      client.waiter().waitUntilTableExists(b -> b.tableName(tableName));
      return true;
    } catch (ResourceInUseException e) {
      return false;
    }
  }
}
