package com.example.json.model;

/** A class read through its constructor and written through its getters. */
public final class Money {
  private final long cents;
  private final String currency;

  public Money(long cents, String currency) {
    this.cents = cents;
    this.currency = currency;
  }

  public long getCents() {
    return cents;
  }

  public String getCurrency() {
    return currency;
  }

  public boolean isZero() {
    return cents == 0;
  }
}
