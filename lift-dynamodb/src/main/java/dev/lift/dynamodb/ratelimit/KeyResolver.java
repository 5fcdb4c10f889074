package dev.lift.dynamodb.ratelimit;

import dev.lift.dynamodb.ExchangeAttributes;
import dev.lift.runtime.http.Exchange;
import java.util.List;
import java.util.Objects;

/**
 * Chooses whose budget a request counts against. The built-in resolvers prefix their keys with
 * what they are ({@code user:}, {@code tenant:}, {@code ip:}, {@code header:NAME:}), so a user
 * named like an address never shares a budget with that address.
 */
@FunctionalInterface
public interface KeyResolver {
  /** The key, or {@code null} when this resolver has none for the request (it is then not limited). */
  String resolve(Exchange exchange);

  /**
   * The authenticated user ({@link ExchangeAttributes#USER}, set by lift-jwt's middleware), within
   * their tenant when there is one: users of two tenants never share a budget
   * ({@link ExchangeAttributes#caller}).
   */
  static KeyResolver user() {
    return exchange -> prefixed("user:", ExchangeAttributes.caller(exchange));
  }

  /** The authenticated user's tenant ({@link ExchangeAttributes#TENANT}): one budget per tenant. */
  static KeyResolver tenant() {
    return exchange -> prefixed("tenant:", ExchangeAttributes.tenant(exchange));
  }

  /** The caller's address as the event reports it (API Gateway's {@code sourceIp}). */
  static KeyResolver sourceIp() {
    return exchange -> prefixed("ip:", exchange.request().sourceIp());
  }

  /** A request header's first value, for example an API key's id. */
  static KeyResolver header(String name) {
    Objects.requireNonNull(name, "name");
    String prefix = "header:" + name.toLowerCase(java.util.Locale.ROOT) + ":";
    return exchange -> prefixed(prefix, exchange.request().header(name));
  }

  /** The same key for every request: one budget shared by all callers. */
  static KeyResolver global(String key) {
    Objects.requireNonNull(key, "key");
    String fixed = "global:" + key;
    return exchange -> fixed;
  }

  /** The first key any of {@code resolvers} has, for example {@code firstOf(user(), sourceIp())}. */
  static KeyResolver firstOf(KeyResolver... resolvers) {
    List<KeyResolver> chain = List.of(resolvers);
    return exchange -> {
      for (KeyResolver resolver : chain) {
        String key = resolver.resolve(exchange);
        if (key != null) {
          return key;
        }
      }
      return null;
    };
  }

  private static String prefixed(String prefix, String value) {
    return value == null || value.isEmpty() ? null : prefix + value;
  }
}
