package com.example.shop.web;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.Middleware;

/** Route middleware that must run inside {@link Auth} wherever both apply. */
@dev.lift.annotations.RunsAfter(Auth.class)
public class AuditLog implements Middleware {
  @Override
  public WireResponse after(Exchange exchange, WireResponse response) {
    return response;
  }

  @Override
  public WireResponse onError(Exchange exchange, Throwable error) {
    return null;
  }
}
