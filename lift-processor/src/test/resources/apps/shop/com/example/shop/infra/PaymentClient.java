package com.example.shop.infra;

/** A client the {@link Payments} instance provides. */
public final class PaymentClient {
  public void ping() {}
}
