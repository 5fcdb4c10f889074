package dev.lift.jwt;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Exchange;
import java.util.Collection;
import java.util.List;

/**
 * The {@link Principal} of a request, and role and scope checks that answer 403 {@code FORBIDDEN}.
 *
 * <pre>{@code
 * @Route("DELETE /accounts/{id}")
 * public void delete(Exchange exchange, @PathParam String id) {   // Exchange binds by type
 *   Principal who = Principals.requireRoles(exchange, "admin");   // 403 without the role
 *   ...
 * }
 * }</pre>
 */
public final class Principals {
  private Principals() {}

  /** The principal {@link JwtMiddleware} authenticated, or {@code null} when none ran. */
  public static Principal find(Exchange exchange) {
    Object value = exchange.attribute(Principal.ATTRIBUTE);
    return value instanceof Principal ? (Principal) value : null;
  }

  /** The authenticated principal; 401 {@code UNAUTHORIZED} when the request has none. */
  public static Principal current(Exchange exchange) {
    Principal principal = find(exchange);
    if (principal == null) {
      throw LiftError.unauthorized("This request is not authenticated");
    }
    return principal;
  }

  /** The principal when it has every one of {@code roles}; 403 naming the first missing one otherwise. */
  public static Principal requireRoles(Exchange exchange, String... roles) {
    return require(exchange, List.of(roles), List.of());
  }

  /** The principal when it has every one of {@code scopes}; 403 naming the first missing one otherwise. */
  public static Principal requireScopes(Exchange exchange, String... scopes) {
    return require(exchange, List.of(), List.of(scopes));
  }

  /**
   * The principal when it has every role and every scope named; 401 when there is no principal,
   * 403 {@code FORBIDDEN} (the first missing role or scope in the message) otherwise.
   */
  public static Principal require(Exchange exchange, Collection<String> roles, Collection<String> scopes) {
    Principal principal = current(exchange);
    String missingRole = firstMissing(principal.roles(), roles);
    if (missingRole != null) {
      throw LiftError.forbidden("This request needs the role '" + missingRole + "'");
    }
    String missingScope = firstMissing(principal.scopes(), scopes);
    if (missingScope != null) {
      throw LiftError.forbidden("This request needs the scope '" + missingScope + "'");
    }
    return principal;
  }

  static String firstMissing(Collection<String> held, Collection<String> needed) {
    for (String one : needed) {
      if (!held.contains(one)) {
        return one;
      }
    }
    return null;
  }
}
