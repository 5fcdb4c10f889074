package com.example.shop.web;

import com.example.shop.infra.ShopConfig;
import dev.lift.annotations.RunsAfter;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.Middleware;

/** Applied by {@link Quota}: takes the annotation first, then a resource. */
@RunsAfter(Tracing.class)
public class QuotaCheck implements Middleware {
  private final Quota quota;

  public QuotaCheck(Quota quota, ShopConfig config) {
    this.quota = quota;
  }

  @Override
  public WireResponse before(Exchange exchange) {
    return null;
  }
}
