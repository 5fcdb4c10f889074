package dev.lift.json.tests.app;

import java.util.Objects;

/**
 * A class, not a record: read through its constructor, written through its getters, as
 * jackson-databind writes any public getter ({@code getDisplay} too).
 */
public final class Money {
  private final long amount;
  private final String currency;

  public Money(long amount, String currency) {
    this.amount = amount;
    this.currency = currency;
  }

  public long getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public String getDisplay() {
    return amount + " " + currency;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money money && money.amount == amount && Objects.equals(money.currency, currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, currency);
  }
}
