package dev.lift.samples.payments;

/** The store contract against the in-memory stores (local runs). */
class InMemoryStoreContractTest extends StoreContract {
  private final AccountStore accounts = new InMemoryAccountStore();
  private final PaymentStore payments = new InMemoryPaymentStore();

  @Override
  AccountStore accounts() {
    return accounts;
  }

  @Override
  PaymentStore payments() {
    return payments;
  }
}
