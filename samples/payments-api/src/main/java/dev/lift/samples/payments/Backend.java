package dev.lift.samples.payments;

import dev.lift.dynamodb.DynamoClients;
import dev.lift.dynamodb.DynamoTables;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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
    DynamoTables.createIfMissing(client, settings.paymentsTable(), "pk", "seq");
    DynamoTables.createIfMissing(client, settings.rateLimitTable());
    DynamoTables.createIfMissing(client, settings.idempotencyTable());
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
