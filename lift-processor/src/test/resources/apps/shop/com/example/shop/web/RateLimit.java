package com.example.shop.web;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.Middleware;

/** Route and class middleware that may answer early. */
public class RateLimit implements Middleware {
  @Override
  public WireResponse before(Exchange exchange) {
    return null;
  }
}
