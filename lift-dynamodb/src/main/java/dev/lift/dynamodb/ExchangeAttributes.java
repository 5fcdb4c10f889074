package dev.lift.dynamodb;

import dev.lift.runtime.http.Exchange;

/**
 * The exchange attributes through which authentication tells this module who is calling, without
 * either module depending on the other: lift-jwt's {@code JwtMiddleware} sets both (its {@code
 * Principal.USER_ATTRIBUTE} and {@code Principal.TENANT_ATTRIBUTE} have these values), and any
 * other authentication middleware may.
 */
public final class ExchangeAttributes {
  /** The authenticated user's id, a {@code String}. */
  public static final String USER = "lift.user";
  /** The authenticated user's tenant, a {@code String}. */
  public static final String TENANT = "lift.tenant";

  private ExchangeAttributes() {}

  /** The authenticated user, or {@code null}. */
  public static String user(Exchange exchange) {
    Object value = exchange.attribute(USER);
    return value instanceof String ? (String) value : null;
  }

  /**
   * Who is calling, as one key that tells users of different tenants apart (the same {@code sub}
   * may exist in two tenants' identity providers): {@code <length of tenant>:<tenant>:<user>}, or
   * {@code -:<user>} without a tenant; unambiguous whatever characters the ids contain. {@code
   * null} when no user is authenticated.
   */
  public static String caller(Exchange exchange) {
    String user = user(exchange);
    if (user == null || user.isEmpty()) {
      return null;
    }
    String tenant = tenant(exchange);
    return tenant == null || tenant.isEmpty() ? "-:" + user : tenant.length() + ":" + tenant + ":" + user;
  }

  /** The authenticated user's tenant, or {@code null}. */
  public static String tenant(Exchange exchange) {
    Object value = exchange.attribute(TENANT);
    return value instanceof String ? (String) value : null;
  }
}
