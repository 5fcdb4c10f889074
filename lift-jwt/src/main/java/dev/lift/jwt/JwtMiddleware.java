package dev.lift.jwt;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.error.Recovery;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.Middleware;
import dev.lift.runtime.middleware.WireResponses;
import java.util.List;
import java.util.Objects;

/**
 * Authenticates every request it applies to with a bearer token, and answers 401 {@code
 * UNAUTHORIZED} (the standard error body) with a {@code WWW-Authenticate} challenge when the token
 * is missing or invalid:
 *
 * <pre>{@code
 * WWW-Authenticate: Bearer                                                       (no token)
 * WWW-Authenticate: Bearer error="invalid_token", error_description="The token has expired"
 * }</pre>
 *
 * <p>The token is read from exactly one place, {@code Authorization: Bearer <token>} (the scheme
 * in any case). A token in the query string ({@code ?access_token=}), a cookie or the body is
 * never looked at: URLs end up in logs and browser histories. A request with two {@code
 * Authorization} headers is refused.
 *
 * <p>On success the {@link Principal} is in {@code exchange.attribute(Principal.ATTRIBUTE)} (read
 * it with {@link Principals#current}), and its user and tenant, as plain strings, under {@link
 * Principal#USER_ATTRIBUTE} and {@link Principal#TENANT_ATTRIBUTE}.
 *
 * <p>Configure it in one of two ways:
 *
 * <pre>{@code
 * // 1. by subclassing, with a configuration:
 * public class Auth extends JwtMiddleware {
 *   public Auth(JwksKeySource keys) {            // a @PreWarm resource, fetched at init
 *     super(JwtConfig.builder(keys).issuer("https://id.example.com").audience("orders-api").build());
 *   }
 * }
 * // 2. as it is, with a JwtVerifier @PreWarm resource injected into its one public constructor:
 * @Middleware(JwtMiddleware.class)
 * }</pre>
 */
public class JwtMiddleware implements Middleware {
  private final JwtVerifier verifier;
  private final String realm;

  /** For {@code @Middleware(JwtMiddleware.class)} with a {@link JwtVerifier} resource. */
  public JwtMiddleware(JwtVerifier verifier) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.realm = verifier.config().realm();
  }

  /** For subclasses that configure it. */
  protected JwtMiddleware(JwtConfig config) {
    this(new JwtVerifier(config));
  }

  public JwtVerifier verifier() {
    return verifier;
  }

  @Override
  public WireResponse before(Exchange exchange) {
    List<String> authorizations = exchange.request().headers().all("Authorization");
    if (authorizations.isEmpty()) {
      return missing(exchange, "Missing bearer token: send it as 'Authorization: Bearer <token>'");
    }
    if (authorizations.size() > 1) {
      return invalid(exchange, "Send one Authorization header, not " + authorizations.size());
    }
    String token = bearerToken(authorizations.get(0));
    if (token == null) {
      return missing(exchange, "The Authorization header does not use the Bearer scheme");
    }
    Principal principal;
    try {
      principal = verifier.verify(token);
    } catch (InvalidTokenException e) {
      return invalid(exchange, e.getMessage());
    }
    exchange.attribute(Principal.ATTRIBUTE, principal);
    exchange.attribute(Principal.USER_ATTRIBUTE, principal.user());
    if (principal.tenant() != null) {
      exchange.attribute(Principal.TENANT_ATTRIBUTE, principal.tenant());
    }
    return null;
  }

  /** The token of {@code Bearer <token>} ({@code Bearer} in any case), or {@code null} for another scheme. */
  static String bearerToken(String authorization) {
    String value = authorization.trim();
    if (value.length() < 6 || !value.regionMatches(true, 0, "Bearer", 0, 6)) {
      return null;
    }
    if (value.length() == 6) {
      return "";
    }
    char separator = value.charAt(6);
    if (separator != ' ' && separator != '\t') {
      return null;
    }
    return value.substring(7).trim();
  }

  private WireResponse missing(Exchange exchange, String message) {
    return challenge(exchange, message, BearerChallenge.missing(realm));
  }

  private WireResponse invalid(Exchange exchange, String description) {
    return challenge(exchange, "Invalid bearer token: " + description,
        BearerChallenge.invalidToken(realm, description));
  }

  private static WireResponse challenge(Exchange exchange, String message, String challenge) {
    // Through recovery, as if thrown, so that exchange.error() tells outer layers what happened.
    WireResponse response = Recovery.standard(exchange, LiftError.unauthorized(message));
    return WireResponses.edit(response).set("WWW-Authenticate", challenge).build();
  }
}
