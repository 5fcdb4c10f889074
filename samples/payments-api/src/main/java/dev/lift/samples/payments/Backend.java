package dev.lift.samples.payments;

import dev.lift.dynamodb.DynamoClients;
import dev.lift.dynamodb.DynamoTables;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Where the data lives, decided once at init: DynamoDB (a client, created here so that its
 * set-up happens before the first request and before a SnapStart snapshot) or memory. Closed by
 * Lift at shutdown.
 */
public final class Backend implements AutoCloseable {
  private final DynamoDbClient dynamo;

  private Backend(DynamoDbClient dynamo) {
    this.dynamo = dynamo;
  }

  static Backend of(Settings settings) {
    if (!settings.useDynamo()) {
      return new Backend(null);
    }
    DynamoDbClient client = DynamoClients.fromEnvironment(settings.environment());
    if (settings.createTables()) {
      createTables(client, settings);
    }
    return new Backend(client);
  }

  /** The tables as template.yaml declares them, for a local DynamoDB-compatible server. */
  static void createTables(DynamoDbClient client, Settings settings) {
    DynamoTables.createIfMissing(client, settings.accountsTable(), "pk", "id");
    createPaymentsTableIfMissing(client, settings.paymentsTable());
    DynamoTables.createIfMissing(client, settings.rateLimitTable());
    DynamoTables.createIfMissing(client, settings.idempotencyTable());
  }

  /** Partition key {@code pk} (string), sort key {@code seq} (a number: DynamoTables makes string keys only). */
  private static void createPaymentsTableIfMissing(DynamoDbClient client, String tableName) {
    try {
      client.createTable(CreateTableRequest.builder()
          .tableName(tableName)
          .attributeDefinitions(
              AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
              AttributeDefinition.builder().attributeName("seq").attributeType(ScalarAttributeType.N).build())
          .keySchema(
              KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
              KeySchemaElement.builder().attributeName("seq").keyType(KeyType.RANGE).build())
          .billingMode(BillingMode.PAY_PER_REQUEST)
          .build());
      client.waiter().waitUntilTableExists(b -> b.tableName(tableName));
    } catch (ResourceInUseException e) {
      // It exists.
    }
  }

  /** The DynamoDB client, or empty when the stores are in memory. */
  public Optional<DynamoDbClient> dynamo() {
    return Optional.ofNullable(dynamo);
  }

  @Override
  public void close() {
    if (dynamo != null) {
      dynamo.close();
    }
  }
}
