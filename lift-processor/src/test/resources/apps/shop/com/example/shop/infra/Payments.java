package com.example.shop.infra;

import dev.lift.annotations.AfterRestore;
import dev.lift.annotations.PreWarm;

/**
 * An instance provider: the entry class creates one Payments (its constructor takes a resource)
 * and calls its {@code @PreWarm} and {@code @AfterRestore} methods on it.
 */
public class Payments {
  private final ShopConfig config;

  public Payments(ShopConfig config) {
    this.config = config;
  }

  @PreWarm
  public PaymentClient client() {
    return new PaymentClient();
  }

  @AfterRestore
  public void reconnect(PaymentClient client) {
    client.ping();
  }
}
