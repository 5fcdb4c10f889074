package dev.lift.jwt;

import dev.lift.annotations.ExchangeValue;
import dev.lift.runtime.http.Exchange;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who made a request, from a verified token: {@link JwtMiddleware} puts it in the exchange under
 * {@link #ATTRIBUTE}. Route methods take it as a parameter ({@code public Account get(Principal
 * principal, @PathParam String id)}: the generated code calls {@link #from}); middleware read it
 * with {@link Principals#current}.
 *
 * @param user the token's subject ({@code sub})
 * @param tenant the tenant claim ({@code tenant_id} unless configured otherwise), or {@code null}
 * @param roles the {@code roles} claim (an array of strings), in token order
 * @param scopes from {@code scope} (space-separated) or {@code scp} (an array), in token order
 * @param claims every claim of the token, as nimbus-jose-jwt parsed it
 */
@ExchangeValue
public record Principal(
    String user, String tenant, Set<String> roles, Set<String> scopes, Map<String, Object> claims) {

  /** The exchange attribute holding the {@link Principal}. */
  public static final String ATTRIBUTE = "lift.principal";

  /**
   * The exchange attribute holding {@link #user()} as a plain {@code String}. Modules that must not
   * depend on lift-jwt (lift-dynamodb's rate-limit keys, idempotency scopes) read this one; any
   * authentication middleware may set it.
   */
  public static final String USER_ATTRIBUTE = "lift.user";

  /** The exchange attribute holding {@link #tenant()} as a plain {@code String}, when there is one. */
  public static final String TENANT_ATTRIBUTE = "lift.tenant";

  public Principal {
    Objects.requireNonNull(user, "user");
    roles = Collections.unmodifiableSet(new LinkedHashSet<>(roles));
    scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
    claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
  }

  /**
   * The request's principal, for a route method parameter of this type; 401 {@code UNAUTHORIZED}
   * when no {@link JwtMiddleware} authenticated the request.
   */
  public static Principal from(Exchange exchange) {
    return Principals.current(exchange);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }

  /** A claim by name, or {@code null}. */
  public Object claim(String name) {
    return claims.get(name);
  }
}
