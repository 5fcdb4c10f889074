package dev.lift.samples.payments;

import dev.lift.runtime.error.LiftError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Payments in memory, for local runs: per tenant, per account, by sequence. Thread-safe. */
public final class InMemoryPaymentStore implements PaymentStore {
  private final Map<String, Map<String, ConcurrentNavigableMap<Long, Payment>>> tenants = new ConcurrentHashMap<>();

  @Override
  public Payment record(String tenant, Payment payment) {
    if (payments(tenant, payment.accountId()).putIfAbsent(payment.sequence(), payment) != null) {
      throw LiftError.conflict("An item with this key already exists");
    }
    return payment;
  }

  @Override
  public List<Payment> list(String tenant, String accountId, int limit) {
    Tenants.requireLimit(limit, MAX_LIST);
    List<Payment> page = new ArrayList<>();
    for (Payment payment : payments(tenant, accountId).values()) {
      if (page.size() == limit) {
        break;
      }
      page.add(payment);
    }
    return page;
  }

  private ConcurrentNavigableMap<Long, Payment> payments(String tenant, String accountId) {
    return tenants.computeIfAbsent(Tenants.require(tenant), t -> new ConcurrentHashMap<>())
        .computeIfAbsent(accountId, a -> new ConcurrentSkipListMap<>());
  }
}
