package com.example.shop.web;

import com.example.shop.infra.ShopConfig;
import dev.lift.annotations.RunsAfter;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.Middleware;

/** Class middleware that must run inside {@link Tracing}; its constructor takes a resource. */
@RunsAfter(Tracing.class)
public class Auth implements Middleware {
  private final ShopConfig config;

  public Auth(ShopConfig config) {
    this.config = config;
  }

  @Override
  public WireResponse before(Exchange exchange) {
    if (exchange.request().header("Authorization") == null) {
      throw new LiftError(401, "UNAUTHORIZED", "Sign in first");
    }
    return null;
  }
}
