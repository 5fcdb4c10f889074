package dev.lift.jwt;

import static dev.lift.jwt.TestTokens.AUDIENCE;
import static dev.lift.jwt.TestTokens.CLOCK;
import static dev.lift.jwt.TestTokens.HMAC_SECRET;
import static dev.lift.jwt.TestTokens.ISSUER;
import static dev.lift.jwt.TestTokens.claims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.WireResponses;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** 403 FORBIDDEN when a role or scope is missing, with the standard error body. */
class RequireAccessMiddlewareTest {
  private static final JwtMiddleware AUTH = new JwtMiddleware(new JwtVerifier(
      JwtConfig.builder(new HmacKeySource(HMAC_SECRET)).issuer(ISSUER).audience(AUDIENCE).clock(CLOCK).build()));

  static final class AdminsWhoWrite extends RequireAccessMiddleware {
    AdminsWhoWrite() {
      super(Set.of("admin"), Set.of("accounts:write"));
    }
  }

  private final AtomicInteger routeCalls = new AtomicInteger();

  @Test
  void principalWithTheRoleAndScopeGoesThrough() {
    WireResponse response = run(token(List.of("admin"), "accounts:read accounts:write"));

    assertEquals(200, response.status());
    assertEquals(1, routeCalls.get());
  }

  @Test
  void missingRoleAnswers403Forbidden() {
    WireResponse response = run(token(List.of("reader"), "accounts:write"));

    assertEquals(403, response.status());
    assertEquals("{\"code\":\"FORBIDDEN\",\"message\":\"This request needs the role 'admin'\","
        + "\"request_id\":\"req-1\",\"trace_id\":\"Root=1-test\"}", response.body());
    assertNull(WireResponses.header(response, "WWW-Authenticate"));
    assertEquals(0, routeCalls.get());
  }

  @Test
  void missingScopeAnswers403WithTheInsufficientScopeChallenge() {
    WireResponse response = run(token(List.of("admin"), "accounts:read"));

    assertEquals(403, response.status());
    assertEquals("Bearer error=\"insufficient_scope\", error_description=\"This request needs the scope "
        + "'accounts:write'\", scope=\"accounts:write\"", WireResponses.header(response, "WWW-Authenticate"));
    assertEquals(0, routeCalls.get());
  }

  @Test
  void withoutAuthenticationItAnswers401() {
    Exchange exchange = Pipeline.exchange();

    WireResponse response = Pipeline.run(exchange, this::route, new AdminsWhoWrite());

    assertEquals(401, response.status());
    assertEquals(0, routeCalls.get());
  }

  @Test
  void principalsHelperThrowsForbiddenAndUnauthorized() {
    Exchange exchange = Pipeline.exchange("Authorization", "Bearer " + token(List.of("reader"), "a b"));
    Pipeline.run(exchange, this::route, AUTH);

    assertEquals("user-42", Principals.requireRoles(exchange, "reader").user());
    assertEquals("user-42", Principals.requireScopes(exchange, "a", "b").user());
    LiftError role = assertThrows(LiftError.class, () -> Principals.requireRoles(exchange, "reader", "admin"));
    assertEquals(403, role.status());
    assertEquals("This request needs the role 'admin'", role.getMessage());
    LiftError scope = assertThrows(LiftError.class, () -> Principals.require(exchange, List.of("reader"), List.of("c")));
    assertEquals("FORBIDDEN", scope.code());
    assertEquals("This request needs the scope 'c'", scope.getMessage());
    LiftError anonymous = assertThrows(LiftError.class, () -> Principals.current(Pipeline.exchange()));
    assertEquals(401, anonymous.status());
  }

  @Test
  void aForbiddenErrorThrownByTheRouteGetsTheStandardBody() {
    Exchange exchange = Pipeline.exchange("Authorization", "Bearer " + token(List.of("reader"), ""));

    WireResponse response = Pipeline.run(exchange, () -> {
      Principals.requireRoles(exchange, "admin");
      return Pipeline.ok();
    }, AUTH);

    assertEquals(403, response.status());
    assertEquals("{\"code\":\"FORBIDDEN\",\"message\":\"This request needs the role 'admin'\","
        + "\"request_id\":\"req-1\",\"trace_id\":\"Root=1-test\"}", response.body());
  }

  private WireResponse run(String token) {
    Exchange exchange = Pipeline.exchange("Authorization", "Bearer " + token);
    return Pipeline.run(exchange, this::route, AUTH, new AdminsWhoWrite());
  }

  private WireResponse route() {
    routeCalls.incrementAndGet();
    return Pipeline.ok();
  }

  private static String token(List<String> roles, String scope) {
    return TestTokens.hs256(HMAC_SECRET, null, claims().claim("roles", roles).claim("scope", scope).build());
  }
}
