package dev.lift.samples.payments;

import dev.lift.dynamodb.Dynalite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The store contract against the DynamoDB stores, on dynalite (started by the tests through
 * scripts/dynalite.sh), with the tables created as template.yaml declares them.
 */
class DynamoStoreContractTest extends StoreContract {
  private static DynamoDbClient client;
  private static Settings settings;

  @BeforeAll
  static void tables() {
    client = Dynalite.shared().client();
    settings = TestSettings.dynamo(Dynalite.shared().endpoint().toString(), "contract");
    Backend.createTables(client, settings);
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @Override
  AccountStore accounts() {
    return new DynamoAccountStore(client, settings.accountsTable());
  }

  @Override
  PaymentStore payments() {
    return new DynamoPaymentStore(client, settings.paymentsTable());
  }
}
