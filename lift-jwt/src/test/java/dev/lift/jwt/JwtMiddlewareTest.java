package dev.lift.jwt;

import static dev.lift.jwt.TestTokens.AUDIENCE;
import static dev.lift.jwt.TestTokens.CLOCK;
import static dev.lift.jwt.TestTokens.EC;
import static dev.lift.jwt.TestTokens.HMAC_SECRET;
import static dev.lift.jwt.TestTokens.ISSUER;
import static dev.lift.jwt.TestTokens.NOW;
import static dev.lift.jwt.TestTokens.RSA;
import static dev.lift.jwt.TestTokens.claims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.QueryParameters;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.WireResponses;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every acceptance and rejection case, with real signed tokens, through the middleware as the
 * generated dispatcher runs it. Public keys come from a JWKS served on the loopback interface.
 */
class JwtMiddlewareTest {
  private static JwksServer jwks;
  private static JwtMiddleware publicKeys;
  private static JwtMiddleware hmac;

  private final AtomicInteger routeCalls = new AtomicInteger();

  @BeforeAll
  static void start() throws Exception {
    jwks = new JwksServer(RSA, EC);
    JwksKeySource keys = JwksKeySource.builder(jwks.uri()).build();
    publicKeys = new JwtMiddleware(new JwtVerifier(
        JwtConfig.builder(keys).issuer(ISSUER).audience(AUDIENCE).clock(CLOCK).build()));
    hmac = new Hs256Auth();
  }

  @AfterAll
  static void stop() {
    jwks.close();
  }

  /** Configured by subclassing, as applications do. */
  static final class Hs256Auth extends JwtMiddleware {
    Hs256Auth() {
      super(JwtConfig.builder(new HmacKeySource(HMAC_SECRET))
          .issuer(ISSUER).audience(AUDIENCE).clock(CLOCK).realm("orders").build());
    }
  }

  @Test
  void rs256TokenFromTheJwksAuthenticatesAndSharesThePrincipal() {
    Exchange exchange = Pipeline.exchange("Authorization", "Bearer " + TestTokens.rs256(RSA, claims().build()));

    WireResponse response = run(publicKeys, exchange);

    assertEquals(200, response.status());
    assertEquals(1, routeCalls.get());
    Principal principal = Principals.current(exchange);
    assertEquals("user-42", principal.user());
    assertEquals("acme", principal.tenant());
    assertEquals(List.of("reader", "admin"), List.copyOf(principal.roles()));
    assertEquals(List.of("accounts:read", "accounts:write"), List.copyOf(principal.scopes()));
    assertEquals("user-42", exchange.attribute(Principal.USER_ATTRIBUTE));
    assertEquals("acme", exchange.attribute(Principal.TENANT_ATTRIBUTE));
  }

  @Test
  void es256TokenAuthenticatesAndReadsScpArrays() {
    JWTClaimsSet claims = claims().claim("scope", null).claim("scp", List.of("payments:create")).build();
    Exchange exchange = Pipeline.exchange("Authorization", "Bearer " + TestTokens.es256(EC, claims));

    assertEquals(200, run(publicKeys, exchange).status());
    assertEquals(Set.of("payments:create"), Principals.current(exchange).scopes());
  }

  @Test
  void hs256TokenWithTheSharedSecretAuthenticates() {
    Exchange exchange = Pipeline.exchange("Authorization", "bearer " + TestTokens.hs256(HMAC_SECRET, null, claims().build()));

    assertEquals(200, run(hmac, exchange).status());
    assertEquals("user-42", Principals.current(exchange).user());
  }

  @Test
  void missingTokenAnswers401WithTheBareChallengeAndTheStandardBody() {
    Exchange exchange = Pipeline.exchange();

    WireResponse response = run(publicKeys, exchange);

    assertEquals(401, response.status());
    assertEquals("Bearer", WireResponses.header(response, "WWW-Authenticate"));
    assertEquals("application/json", WireResponses.header(response, "Content-Type"));
    assertEquals("{\"code\":\"UNAUTHORIZED\",\"message\":\"Missing bearer token: send it as "
        + "'Authorization: Bearer <token>'\",\"request_id\":\"req-1\",\"trace_id\":\"Root=1-test\"}", response.body());
    assertEquals(0, routeCalls.get());
    assertNull(Principals.find(exchange));
  }

  @Test
  void theChallengeNamesTheConfiguredRealm() {
    WireResponse response = run(hmac, Pipeline.exchange());

    assertEquals("Bearer realm=\"orders\"", WireResponses.header(response, "WWW-Authenticate"));
  }

  @Test
  void tokenInTheQueryStringIsNotAccepted() {
    String token = TestTokens.rs256(RSA, claims().build());
    QueryParameters query = QueryParameters.builder().add("access_token", token).build();

    WireResponse response = run(publicKeys, Pipeline.exchange(query));

    assertEquals(401, response.status());
    assertEquals("Bearer", WireResponses.header(response, "WWW-Authenticate"));
    assertEquals(0, routeCalls.get());
  }

  @Test
  void tokenInACookieOrAnotherHeaderIsNotAccepted() {
    String token = TestTokens.rs256(RSA, claims().build());
    Exchange exchange = new Exchange(dev.lift.runtime.http.Request.builder(
            dev.lift.runtime.http.EventKind.API_GATEWAY_V2, "GET", "/accounts")
        .headers(dev.lift.runtime.http.Headers.builder().add("X-Access-Token", token).build())
        .cookies(List.of("access_token=" + token))
        .build(), null);

    WireResponse response = run(publicKeys, exchange);

    assertEquals(401, response.status());
    assertEquals("Bearer", WireResponses.header(response, "WWW-Authenticate"));
    assertEquals(0, routeCalls.get());
  }

  @Test
  void tokenUnderAnotherSchemeIsNotAccepted() {
    String token = TestTokens.rs256(RSA, claims().build());

    WireResponse response = run(publicKeys, Pipeline.exchange("Authorization", "Token " + token));

    assertEquals(401, response.status());
    assertEquals("Bearer", WireResponses.header(response, "WWW-Authenticate"));
  }

  @Test
  void twoAuthorizationHeadersAreRefused() {
    String token = TestTokens.rs256(RSA, claims().build());

    assertInvalid(run(publicKeys, Pipeline.exchange("Authorization", "Bearer " + token, "Authorization", "Bearer " + token)),
        "Send one Authorization header, not 2");
  }

  @Test
  void emptyAndMalformedTokensAreInvalid() {
    assertInvalid(run(publicKeys, Pipeline.exchange("Authorization", "Bearer")), "The token is empty");
    assertInvalid(run(publicKeys, Pipeline.exchange("Authorization", "Bearer not.a.jwt")),
        "The token is not a well-formed JWT");
    assertInvalid(run(publicKeys, Pipeline.exchange("Authorization", "Bearer " + "a".repeat(9000))),
        "The token is longer than 8192 characters");
  }

  @Test
  void unsignedAlgNoneTokenIsRejected() {
    String unsigned = new PlainJWT(claims().build()).serialize();

    assertInvalid(run(publicKeys, bearer(unsigned)), "Unsigned tokens (alg none) are not accepted");
    assertInvalid(run(hmac, bearer(unsigned)), "Unsigned tokens (alg none) are not accepted");
  }

  @Test
  void algNoneSpelledDifferentlyIsRejectedToo() {
    String header = Base64URL.encode("{\"alg\":\"NONE\",\"kid\":\"rsa-1\"}").toString();
    String payload = Base64URL.encode(claims().build().toString()).toString();
    String forged = header + "." + payload + "." + Base64URL.encode("x");

    WireResponse response = run(publicKeys, bearer(forged));

    assertEquals(401, response.status());
    assertEquals(0, routeCalls.get());
  }

  @Test
  void algorithmConfusionWithTheRsaPublicKeyAsHmacSecretIsRejected() throws Exception {
    byte[] publicKeyDer = RSA.toRSAPublicKey().getEncoded();
    String pem = "-----BEGIN PUBLIC KEY-----\n"
        + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(publicKeyDer)
        + "\n-----END PUBLIC KEY-----\n";

    String withDer = TestTokens.hs256(publicKeyDer, RSA.getKeyID(), claims().build());
    String withPem = TestTokens.hs256(pem.getBytes(StandardCharsets.US_ASCII), RSA.getKeyID(), claims().build());
    String withJwkJson = TestTokens.hs256(RSA.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8),
        RSA.getKeyID(), claims().build());

    for (String token : List.of(withDer, withPem, withJwkJson)) {
      assertInvalid(run(publicKeys, bearer(token)), "The signing algorithm HS256 is not accepted");
    }
  }

  @Test
  void aKeySourceThatWronglyOffersHs256StillNeverUsesAnRsaKeyAsHmacSecret() throws Exception {
    JwtKeySource careless = new JwtKeySource() {
      @Override
      public Set<JWSAlgorithm> algorithms() {
        return Set.of(JWSAlgorithm.RS256, JWSAlgorithm.HS256);
      }

      @Override
      public List<JWK> keys(String keyId) {
        return List.of(RSA.toPublicJWK());
      }
    };
    JwtMiddleware middleware = new JwtMiddleware(new JwtVerifier(
        JwtConfig.builder(careless).issuer(ISSUER).audience(AUDIENCE).clock(CLOCK).build()));
    String token = TestTokens.hs256(RSA.toRSAPublicKey().getEncoded(), RSA.getKeyID(), claims().build());

    assertInvalid(run(middleware, bearer(token)), "No key for the token's algorithm HS256");
  }

  @Test
  void tamperedPayloadFailsTheSignatureCheck() {
    String token = TestTokens.rs256(RSA, claims().build());
    String[] parts = token.split("\\.");
    String otherPayload = Base64URL.encode(claims().subject("admin").build().toString()).toString();
    String tampered = parts[0] + "." + otherPayload + "." + parts[2];

    assertInvalid(run(publicKeys, bearer(tampered)), "The token's signature is not valid");
  }

  @Test
  void tamperedSignatureIsRejected() {
    String token = TestTokens.es256(EC, claims().build());
    String[] parts = token.split("\\.");
    byte[] signature = new Base64URL(parts[2]).decode();
    signature[5] ^= 0x01;
    String tampered = parts[0] + "." + parts[1] + "." + Base64URL.encode(signature);

    assertInvalid(run(publicKeys, bearer(tampered)), "The token's signature is not valid");
  }

  @Test
  void tokenSignedByAnotherKeyWithAKnownKidIsRejected() {
    String token = TestTokens.rs256(TestTokens.rsa(RSA.getKeyID()), claims().build());

    assertInvalid(run(publicKeys, bearer(token)), "The token's signature is not valid");
  }

  @Test
  void unknownKidIsRejected() {
    String token = TestTokens.rs256(TestTokens.rsa("stranger"), claims().build());

    assertInvalid(run(publicKeys, bearer(token)), "The token's key id is not known");
  }

  @Test
  void hmacTokenWithTheWrongSecretIsRejected() {
    String token = TestTokens.hs256("another-secret-of-at-least-32-bytes!!".getBytes(), null, claims().build());

    assertInvalid(run(hmac, bearer(token)), "The token's signature is not valid");
  }

  @Test
  void expiredTokenIsRejectedBeyondTheClockSkew() {
    String expired = TestTokens.rs256(RSA, claims().expirationTime(Date.from(NOW.minusSeconds(61))).build());
    String withinSkew = TestTokens.rs256(RSA, claims().expirationTime(Date.from(NOW.minusSeconds(59))).build());

    assertInvalid(run(publicKeys, bearer(expired)), "The token has expired");
    assertEquals(200, run(publicKeys, bearer(withinSkew)).status());
  }

  @Test
  void clockSkewIsConfigurable() {
    JwtMiddleware strict = new JwtMiddleware(new JwtVerifier(JwtConfig.builder(new HmacKeySource(HMAC_SECRET))
        .issuer(ISSUER).audience(AUDIENCE).clock(CLOCK).clockSkew(Duration.ZERO).build()));
    String justExpired = TestTokens.hs256(HMAC_SECRET, null, claims().expirationTime(Date.from(NOW)).build());

    assertInvalid(run(strict, bearer(justExpired)), "The token has expired");
    assertEquals(200, run(hmac, bearer(justExpired)).status());
  }

  @Test
  void tokenWithoutExpiryIsRejected() {
    String token = TestTokens.rs256(RSA, claims().expirationTime(null).build());

    assertInvalid(run(publicKeys, bearer(token)), "The token has no expiry (exp)");
  }

  @Test
  void tokenNotValidYetIsRejected() {
    String early = TestTokens.rs256(RSA, claims().notBeforeTime(Date.from(NOW.plusSeconds(120))).build());
    String withinSkew = TestTokens.rs256(RSA, claims().notBeforeTime(Date.from(NOW.plusSeconds(30))).build());

    assertInvalid(run(publicKeys, bearer(early)), "The token is not valid yet (nbf)");
    assertEquals(200, run(publicKeys, bearer(withinSkew)).status());
  }

  @Test
  void tokenIssuedInTheFutureIsRejected() {
    String token = TestTokens.rs256(RSA, claims().issueTime(Date.from(NOW.plusSeconds(120))).build());

    assertInvalid(run(publicKeys, bearer(token)), "The token was issued in the future (iat)");
  }

  @Test
  void wrongIssuerIsRejected() {
    String token = TestTokens.rs256(RSA, claims().issuer("https://evil.example.com").build());
    String none = TestTokens.rs256(RSA, claims().issuer(null).build());

    assertInvalid(run(publicKeys, bearer(token)), "The token's issuer is not accepted");
    assertInvalid(run(publicKeys, bearer(none)), "The token's issuer is not accepted");
  }

  @Test
  void wrongAudienceIsRejectedAndOneMatchingAudienceOfSeveralIsEnough() {
    String other = TestTokens.rs256(RSA, claims().audience("billing-api").build());
    String several = TestTokens.rs256(RSA, claims().audience(List.of("billing-api", AUDIENCE)).build());

    assertInvalid(run(publicKeys, bearer(other)), "The token's audience is not accepted");
    assertEquals(200, run(publicKeys, bearer(several)).status());
  }

  @Test
  void tokenWithoutSubjectIsRejected() {
    String token = TestTokens.rs256(RSA, claims().subject(null).build());

    assertInvalid(run(publicKeys, bearer(token)), "The token has no subject (sub)");
  }

  @Test
  void malformedRoleClaimIsRejected() {
    String token = TestTokens.rs256(RSA, claims().claim("roles", List.of("admin", 7)).build());

    assertInvalid(run(publicKeys, bearer(token)), "The token's roles claim is not a list of strings");
  }

  @Test
  void encryptedTokenIsRejected() throws JOSEException {
    EncryptedJWT encrypted = new EncryptedJWT(
        new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A128GCM), claims().build());
    encrypted.encrypt(new RSAEncrypter(RSA.toRSAPublicKey()));

    assertInvalid(run(publicKeys, bearer(encrypted.serialize())), "Encrypted tokens are not accepted");
  }

  @Test
  void criticalHeaderTheVerifierDoesNotUnderstandIsRejected() throws JOSEException {
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256)
        .criticalParams(Set.of("exp-policy")).customParam("exp-policy", "lenient").build();
    String token = TestTokens.sign(header, claims().build(), new MACSigner(HMAC_SECRET));

    assertInvalid(run(hmac, bearer(token)), "The token's signature is not valid");
  }

  @Test
  void tenantCanBeReadFromAnotherClaimAndRequired() {
    JwtMiddleware custom = new JwtMiddleware(new JwtVerifier(JwtConfig.builder(new HmacKeySource(HMAC_SECRET))
        .issuer(ISSUER).audience(AUDIENCE).clock(CLOCK)
        .tenantClaim("custom:tenant").rolesClaim("groups").requireTenant(true).build()));
    String good = TestTokens.hs256(HMAC_SECRET, null,
        claims().claim("custom:tenant", "globex").claim("groups", List.of("ops")).build());
    String noTenant = TestTokens.hs256(HMAC_SECRET, null, claims().build());
    Exchange exchange = bearer(good);

    assertEquals(200, run(custom, exchange).status());
    assertEquals("globex", Principals.current(exchange).tenant());
    assertEquals(Set.of("ops"), Principals.current(exchange).roles());
    routeCalls.set(0);
    assertInvalid(run(custom, bearer(noTenant)), "The token has no custom:tenant claim");
  }

  @Test
  void rejectionIsRecordedAsTheExchangeError() {
    Exchange exchange = bearer("not.a.jwt");

    run(publicKeys, exchange);

    assertTrue(exchange.error() instanceof dev.lift.runtime.error.LiftError);
    assertEquals(401, ((dev.lift.runtime.error.LiftError) exchange.error()).status());
  }

  @Test
  void claimsAreKeptOnThePrincipal() {
    Exchange exchange = bearer(TestTokens.rs256(RSA, claims().claim("email", "ada@example.com").build()));

    run(publicKeys, exchange);

    Principal principal = Principals.current(exchange);
    assertEquals("ada@example.com", principal.claim("email"));
    assertSame(principal, exchange.attribute(Principal.ATTRIBUTE));
    assertFalse(principal.claims().isEmpty());
  }

  private WireResponse run(JwtMiddleware middleware, Exchange exchange) {
    return Pipeline.run(exchange, () -> {
      routeCalls.incrementAndGet();
      return Pipeline.ok();
    }, middleware);
  }

  private static Exchange bearer(String token) {
    return Pipeline.exchange("Authorization", "Bearer " + token);
  }

  private void assertInvalid(WireResponse response, String description) {
    assertEquals(401, response.status(), response.body());
    assertEquals("Bearer error=\"invalid_token\", error_description=\"" + description + "\"",
        WireResponses.header(response, "WWW-Authenticate").replace("realm=\"orders\", ", ""));
    assertTrue(response.body().startsWith("{\"code\":\"UNAUTHORIZED\",\"message\":\"Invalid bearer token: "
        + description + "\""), response.body());
    assertEquals(0, routeCalls.get(), "the route must not run");
  }
}
