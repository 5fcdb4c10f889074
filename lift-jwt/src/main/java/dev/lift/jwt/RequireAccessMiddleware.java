package dev.lift.jwt;

import dev.lift.annotations.RunsAfter;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.error.Recovery;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.Middleware;
import dev.lift.runtime.middleware.WireResponses;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lets a request through only when its {@link Principal} has every role and scope named; otherwise
 * 403 {@code FORBIDDEN} with the standard error body (a missing scope also gets {@code
 * WWW-Authenticate: Bearer error="insufficient_scope", scope="..."}), or 401 with {@code
 * WWW-Authenticate: Bearer} when no {@link JwtMiddleware} authenticated the request. Apply it
 * inside {@link JwtMiddleware}, by annotation ({@link RequireAccess}, the usual way) or by
 * subclassing:
 *
 * <pre>{@code
 * public class AdminsOnly extends RequireAccessMiddleware {
 *   public AdminsOnly() { super(Set.of("admin"), Set.of("accounts:write")); }
 * }
 * @Route("DELETE /accounts/{id}") @Middleware({Auth.class, AdminsOnly.class}) ...
 * }</pre>
 */
@RunsAfter(JwtMiddleware.class)
public class RequireAccessMiddleware implements Middleware {
  private final Set<String> roles;
  private final Set<String> scopes;

  /** Created by the generated code for a {@link RequireAccess} annotation. */
  public RequireAccessMiddleware(RequireAccess access) {
    this(new LinkedHashSet<>(List.of(access.roles())), new LinkedHashSet<>(List.of(access.scopes())));
  }

  protected RequireAccessMiddleware(Set<String> roles, Set<String> scopes) {
    this.roles = Collections.unmodifiableSet(new LinkedHashSet<>(roles));
    this.scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
  }

  public Set<String> roles() {
    return roles;
  }

  public Set<String> scopes() {
    return scopes;
  }

  @Override
  public WireResponse before(Exchange exchange) {
    Principal principal = Principals.find(exchange);
    if (principal == null) {
      WireResponse response = Recovery.standard(exchange, LiftError.unauthorized("This request is not authenticated"));
      return WireResponses.edit(response).set("WWW-Authenticate", BearerChallenge.missing(null)).build();
    }
    String missingRole = Principals.firstMissing(principal.roles(), roles);
    if (missingRole != null) {
      return Recovery.standard(exchange, LiftError.forbidden("This request needs the role '" + missingRole + "'"));
    }
    String missingScope = Principals.firstMissing(principal.scopes(), scopes);
    if (missingScope != null) {
      String description = "This request needs the scope '" + missingScope + "'";
      WireResponse response = Recovery.standard(exchange, LiftError.forbidden(description));
      return WireResponses.edit(response)
          .set("WWW-Authenticate", BearerChallenge.insufficientScope(null, description, String.join(" ", scopes)))
          .build();
    }
    return null;
  }
}
