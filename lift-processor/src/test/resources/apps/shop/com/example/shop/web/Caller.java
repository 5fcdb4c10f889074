package com.example.shop.web;

import dev.lift.annotations.ExchangeValue;
import dev.lift.runtime.http.Exchange;

/** A value a middleware puts on the exchange, which route methods take as a parameter. */
@ExchangeValue(method = "of")
public final class Caller {
  private final String name;

  private Caller(String name) {
    this.name = name;
  }

  public static Caller of(Exchange exchange) {
    String name = exchange.attribute("caller");
    return new Caller(name == null ? "anonymous" : name);
  }

  public String name() {
    return name;
  }
}
