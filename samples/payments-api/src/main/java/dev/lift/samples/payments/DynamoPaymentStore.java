package dev.lift.samples.payments;

import dev.lift.dynamodb.tenant.TenantRepository;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Payments in DynamoDB through {@link TenantRepository} and the generated {@code
 * Payment_TableSchema}: partition {@code <tenant>#<account id>}, sorted by sequence; a payment is
 * written once (conditional create), never changed.
 */
public final class DynamoPaymentStore implements PaymentStore {
  private final TenantRepository<Payment> payments;

  public DynamoPaymentStore(DynamoDbClient client, String tableName) {
    this.payments = TenantRepository.builder(client, tableName, Payment_TableSchema.SCHEMA).build();
  }

  @Override
  public Payment record(String tenant, Payment payment) {
    return payments.create(Tenants.require(tenant), payment);
  }

  @Override
  public List<Payment> list(String tenant, String accountId, int limit) {
    return payments.query(Tenants.require(tenant), accountId, Tenants.requireLimit(limit, MAX_LIST));
  }
}
