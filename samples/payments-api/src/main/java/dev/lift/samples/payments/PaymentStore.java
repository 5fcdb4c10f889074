package dev.lift.samples.payments;

import java.util.List;

/**
 * The payments of every tenant's accounts, each call scoped to its tenant like {@link
 * AccountStore}. Implementations: {@link InMemoryPaymentStore} and {@link DynamoPaymentStore}.
 */
public interface PaymentStore {
  /** The most payments one call lists. */
  int MAX_LIST = 100;

  /** Stores a payment; 409 {@code CONFLICT} when the account already has one with its sequence. */
  Payment record(String tenant, Payment payment);

  /** The payments of the tenant's account {@code accountId}, oldest first, at most {@code limit} (1 to {@value #MAX_LIST}). */
  List<Payment> list(String tenant, String accountId, int limit);
}
