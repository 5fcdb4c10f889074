package dev.lift.samples.payments;

import dev.lift.runtime.error.LiftError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Accounts in memory, for local runs: one map per tenant, so a tenant's calls only ever reach its
 * own map. Thread-safe; versions are compared and replaced atomically, as DynamoDB's conditional
 * writes do. Lives as long as the process.
 */
public final class InMemoryAccountStore implements AccountStore {
  private final Map<String, ConcurrentNavigableMap<String, Account>> tenants = new ConcurrentHashMap<>();

  @Override
  public Account create(String tenant, Account account) {
    Account stored = account.withVersion(1);
    if (accounts(tenant).putIfAbsent(account.id(), stored) != null) {
      throw LiftError.conflict("An item with this key already exists");
    }
    return stored;
  }

  @Override
  public Optional<Account> find(String tenant, String id) {
    return Optional.ofNullable(accounts(tenant).get(id));
  }

  @Override
  public List<Account> list(String tenant, int limit) {
    Tenants.requireLimit(limit, MAX_LIST);
    List<Account> page = new ArrayList<>();
    for (Account account : accounts(tenant).values()) {
      if (page.size() == limit) {
        break;
      }
      page.add(account);
    }
    return page;
  }

  @Override
  public Account update(String tenant, Account account) {
    Account next = account.withVersion(account.version() + 1);
    Map<String, Account> accounts = accounts(tenant);
    Account current = accounts.get(account.id());
    if (current == null || current.version() != account.version() || !accounts.replace(account.id(), current, next)) {
      throw LiftError.conflict("The item was changed by another request; read it again and retry");
    }
    return next;
  }

  @Override
  public void delete(String tenant, Account account) {
    Map<String, Account> accounts = accounts(tenant);
    Account current = accounts.get(account.id());
    if (current == null || current.version() != account.version() || !accounts.remove(account.id(), current)) {
      throw LiftError.conflict("The item was changed by another request; read it again and retry");
    }
  }

  private ConcurrentNavigableMap<String, Account> accounts(String tenant) {
    return tenants.computeIfAbsent(Tenants.require(tenant), t -> new ConcurrentSkipListMap<>());
  }
}
