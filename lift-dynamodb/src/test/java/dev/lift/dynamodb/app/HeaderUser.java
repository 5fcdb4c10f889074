package dev.lift.dynamodb.app;

import dev.lift.dynamodb.ExchangeAttributes;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.Middleware;

/** Stands in for authentication: the user is the {@code X-User} header. */
public class HeaderUser implements Middleware {
  @Override
  public WireResponse before(Exchange exchange) {
    String user = exchange.request().header("X-User");
    if (user != null) {
      exchange.attribute(ExchangeAttributes.USER, user);
    }
    return null;
  }
}
