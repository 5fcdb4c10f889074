package dev.lift.samples.payments;

import dev.lift.dynamodb.tenant.TenantRepository;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Accounts in DynamoDB through lift-dynamodb's {@link TenantRepository}, which prefixes every key
 * with the tenant ({@code <tenant>#accounts}) and makes writes conditional on the {@code version}
 * attribute. One partition per tenant holds its accounts, so listing them is one query.
 */
public final class DynamoAccountStore implements AccountStore {
  private final TenantRepository<Account> accounts;

  public DynamoAccountStore(DynamoDbClient client, String tableName) {
    this.accounts = TenantRepository.builder(client, tableName, Account.SCHEMA).versionAttribute("version").build();
  }

  @Override
  public Account create(String tenant, Account account) {
    return accounts.create(Tenants.require(tenant), account);
  }

  @Override
  public Optional<Account> find(String tenant, String id) {
    return accounts.get(Tenants.require(tenant), key(id));
  }

  @Override
  public List<Account> list(String tenant, int limit) {
    return accounts.query(Tenants.require(tenant), Account.PARTITION, Tenants.requireLimit(limit, MAX_LIST));
  }

  @Override
  public Account update(String tenant, Account account) {
    return accounts.put(Tenants.require(tenant), account);
  }

  @Override
  public void delete(String tenant, Account account) {
    accounts.delete(Tenants.require(tenant), account);
  }

  private static Key key(String id) {
    return Key.builder().partitionValue(Account.PARTITION).sortValue(id).build();
  }
}
