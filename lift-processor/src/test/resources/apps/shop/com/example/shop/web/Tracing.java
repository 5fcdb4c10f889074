package com.example.shop.web;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.Middleware;

/** Application middleware, outermost: sees every request, also the 404s and 405s. */
public class Tracing implements Middleware {
  @Override
  public WireResponse before(Exchange exchange) {
    exchange.attribute("trace", exchange.traceId());
    return null;
  }
}
