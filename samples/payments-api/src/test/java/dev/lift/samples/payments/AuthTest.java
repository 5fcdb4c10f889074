package dev.lift.samples.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.PlainJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a request can fail authentication or authorisation, through the generated handler
 * with HTTP API 2.0 events, HS256 configured: 401 with {@code WWW-Authenticate} and the standard
 * error body, never a route's answer; 403 for a missing role or scope. The health endpoints need
 * no token.
 */
class AuthTest {
  private static final Api API = Api.inMemory();

  static Stream<Arguments> rejectedTokens() {
    String valid = Tokens.hs256("ada", "acme");
    String[] parts = valid.split("\\.");
    String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"acme\"", "\"evil\"").getBytes(StandardCharsets.UTF_8));
    Instant now = Instant.now();
    return Stream.of(
        Arguments.of("malformed", "not.a.jwt", "not a well-formed JWT"),
        Arguments.of("tampered payload", parts[0] + "." + otherPayload + "." + parts[2], "signature is not valid"),
        Arguments.of("tampered signature", parts[0] + "." + parts[1] + "." + flipped(parts[2]), "signature is not valid"),
        Arguments.of("signed with another secret",
            Tokens.sign(new JWSHeader(JWSAlgorithm.HS256), Tokens.claims("ada", "acme").build(),
                Tokens.macSigner("another-secret-another-secret-another-secret".getBytes(StandardCharsets.UTF_8))),
            "signature is not valid"),
        Arguments.of("alg none", new PlainJWT(new PlainHeader(), Tokens.claims("ada", "acme").build()).serialize(),
            "alg none"),
        Arguments.of("expired", Tokens.hs256("ada", "acme",
            c -> c.issueTime(Date.from(now.minusSeconds(3600))).expirationTime(Date.from(now.minusSeconds(600)))),
            "expired"),
        Arguments.of("not yet valid", Tokens.hs256("ada", "acme",
            c -> c.notBeforeTime(Date.from(now.plusSeconds(600)))), "not valid yet"),
        Arguments.of("no expiry", Tokens.hs256("ada", "acme", c -> c.expirationTime(null)), "no expiry"),
        Arguments.of("wrong issuer", Tokens.hs256("ada", "acme", c -> c.issuer("https://evil.test")), "issuer"),
        Arguments.of("wrong audience", Tokens.hs256("ada", "acme", c -> c.audience("other-api")), "audience"),
        Arguments.of("no tenant", Tokens.hs256("ada", "acme", c -> c.claim("tenant_id", null)), "tenant_id"),
        Arguments.of("no subject", Tokens.hs256("ada", "acme", c -> c.subject(null)), "subject"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedTokens")
  void invalidTokenAnswers401WithAChallenge(String name, String token, String reason) {
    Api.Reply reply = API.send(ApiEvent.of("GET", "/accounts").bearer(token)).expect(401, "UNAUTHORIZED");

    String challenge = reply.header("WWW-Authenticate");
    assertTrue(challenge != null && challenge.startsWith("Bearer ") && challenge.contains("error=\"invalid_token\""),
        reply::toString);
    assertTrue(reply.json().path("message").asText().contains(reason), reply::toString);
    assertStandardErrorBody(reply);
  }

  @Test
  void missingTokenAnswers401WithABareChallenge() {
    Api.Reply reply = API.send(ApiEvent.of("GET", "/accounts")).expect(401, "UNAUTHORIZED");

    assertEquals("Bearer", reply.header("WWW-Authenticate"));
    assertStandardErrorBody(reply);
  }

  @Test
  void tokenInTheQueryStringOrInAnotherSchemeIsIgnored() {
    String valid = Tokens.hs256("ada", "acme");

    Api.Reply query = API.send(ApiEvent.of("GET", "/accounts").query("access_token=" + valid)).expect(401, "UNAUTHORIZED");
    assertEquals("Bearer", query.header("WWW-Authenticate"));
    API.send(ApiEvent.of("GET", "/accounts").header("Authorization", "Basic " + valid)).expect(401, "UNAUTHORIZED");
    API.send(ApiEvent.of("GET", "/accounts").header("Cookie", "access_token=" + valid)).expect(401, "UNAUTHORIZED");
  }

  @Test
  void validTokenIsServed() {
    Api.Reply reply = API.send(ApiEvent.of("GET", "/accounts").bearer(Tokens.hs256("ada", "acme"))).expect(200);

    assertTrue(reply.json().path("accounts").isArray(), reply::toString);
  }

  @Test
  void missingScopeAnswers403() {
    String readOnly = Tokens.hs256("ada", "acme", c -> c.claim("scope", "payments:read"));

    Api.Reply reply = API.send(ApiEvent.of("POST", "/accounts").bearer(readOnly)
        .json("{\"name\":\"Ops\",\"currency\":\"EUR\"}")).expect(403, "FORBIDDEN");
    assertTrue(reply.json().path("message").asText().contains(AccountRoutes.WRITE_SCOPE), reply::toString);
    assertTrue(reply.header("WWW-Authenticate").contains("error=\"insufficient_scope\""), reply::toString);
    assertStandardErrorBody(reply);
    // Reading needs no scope.
    API.send(ApiEvent.of("GET", "/accounts").bearer(readOnly)).expect(200);
  }

  @Test
  void missingRoleAnswers403AndTheAccountStays() {
    String member = Tokens.hs256("bob", "acme");
    String id = API.send(ApiEvent.of("POST", "/accounts").bearer(member)
        .json("{\"name\":\"Ops\",\"currency\":\"EUR\"}")).expect(201).json().path("id").asText();

    Api.Reply reply = API.send(ApiEvent.of("DELETE", "/accounts/" + id).bearer(member)).expect(403, "FORBIDDEN");
    assertTrue(reply.json().path("message").asText().contains(AccountRoutes.ADMIN_ROLE), reply::toString);
    API.send(ApiEvent.of("GET", "/accounts/" + id).bearer(member)).expect(200);

    String admin = Tokens.hs256("ada", "acme", c -> c.claim("roles", List.of(AccountRoutes.ADMIN_ROLE)));
    API.send(ApiEvent.of("DELETE", "/accounts/" + id).bearer(admin)).expect(204);
    API.send(ApiEvent.of("GET", "/accounts/" + id).bearer(member)).expect(404, "NOT_FOUND");
  }

  @Test
  void healthNeedsNoToken() {
    API.send(ApiEvent.of("GET", "/health")).expect(200);
    API.send(ApiEvent.of("GET", "/health/ready")).expect(200);
    API.send(ApiEvent.of("GET", "/health/live")).expect(200);
  }

  private static void assertStandardErrorBody(Api.Reply reply) {
    assertTrue(reply.header("Content-Type").startsWith("application/json"), reply::toString);
    JsonNode body = reply.json();
    Set<String> fields = new java.util.TreeSet<>();
    body.fieldNames().forEachRemaining(fields::add);
    assertTrue(fields.containsAll(Set.of("code", "message", "request_id")), reply::toString);
    assertNull(body.get("stack"), reply::toString);
    assertTrue(Set.of("code", "message", "request_id", "trace_id", "details").containsAll(fields), reply::toString);
  }

  private static String flipped(String signature) {
    char first = signature.charAt(0);
    return (first == 'A' ? 'B' : 'A') + signature.substring(1);
  }
}
