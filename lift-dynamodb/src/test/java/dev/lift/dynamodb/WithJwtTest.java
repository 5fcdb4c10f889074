package dev.lift.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.lift.dynamodb.idempotency.IdempotencyConfig;
import dev.lift.dynamodb.idempotency.IdempotencyMiddleware;
import dev.lift.dynamodb.idempotency.IdempotencyStore;
import dev.lift.dynamodb.ratelimit.KeyResolver;
import dev.lift.dynamodb.ratelimit.RateLimitConfig;
import dev.lift.dynamodb.ratelimit.RateLimitMiddleware;
import dev.lift.dynamodb.ratelimit.RateLimiter;
import dev.lift.jwt.HmacKeySource;
import dev.lift.jwt.JwtConfig;
import dev.lift.jwt.JwtMiddleware;
import dev.lift.jwt.JwtVerifier;
import dev.lift.jwt.Principal;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.WireResponses;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** lift-jwt's principal keys the limits and scopes the idempotency keys, through the shared attributes. */
class WithJwtTest {
  private static final byte[] SECRET = "a-test-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8);

  @Test
  void theAttributeNamesAgree() {
    assertEquals(Principal.USER_ATTRIBUTE, ExchangeAttributes.USER);
    assertEquals(Principal.TENANT_ATTRIBUTE, ExchangeAttributes.TENANT);
  }

  @Test
  void authenticatedUsersHaveTheirOwnBudgetsAndIdempotencyScopes() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    try (DynamoDbClient client = Dynalite.shared().client()) {
      String table = TestTables.create(client, "with-jwt");
      JwtMiddleware auth = new JwtMiddleware(new JwtVerifier(
          JwtConfig.builder(new HmacKeySource(SECRET)).issuer("iss").audience("api").build()));
      RateLimitMiddleware perUser = new RateLimitMiddleware(new RateLimiter(client,
          RateLimitConfig.builder(table, "per-user", 2, Duration.ofHours(1)).callTimeout(Duration.ofSeconds(30)).build()));
      IdempotencyMiddleware idempotency = new IdempotencyMiddleware(new IdempotencyStore(client, IdempotencyConfig.defaults(table)));
      String alice = token("alice");
      String bob = token("bob");

      WireResponse first = send(auth, perUser, idempotency, alice, "k", runs);
      WireResponse replay = send(auth, perUser, idempotency, alice, "k", runs);
      WireResponse bobsOwn = send(auth, perUser, idempotency, bob, "k", runs);
      WireResponse aliceOverLimit = send(auth, perUser, idempotency, alice, "k2", runs);

      assertEquals(200, first.status());
      assertEquals("true", WireResponses.header(replay, "Idempotent-Replayed"));
      assertEquals(200, bobsOwn.status());
      assertEquals(null, WireResponses.header(bobsOwn, "Idempotent-Replayed"));
      assertEquals("1", WireResponses.header(bobsOwn, "X-RateLimit-Remaining"));
      assertEquals(429, aliceOverLimit.status());
      assertEquals(2, runs.get());
      // The token carries no tenant: the key says so, so it can never equal a tenant user's key.
      assertEquals("user:-:alice", KeyResolver.user().resolve(authenticated(auth, alice)));
    }
  }

  private static WireResponse send(JwtMiddleware auth, RateLimitMiddleware limit, IdempotencyMiddleware idempotency,
      String token, String key, AtomicInteger runs) {
    return Pipeline.run(Pipeline.exchange("POST", "/payments", "{}".getBytes(StandardCharsets.UTF_8),
        "Authorization", "Bearer " + token, "Idempotency-Key", key), () -> {
          runs.incrementAndGet();
          return Pipeline.ok();
        }, auth, limit, idempotency);
  }

  private static dev.lift.runtime.http.Exchange authenticated(JwtMiddleware auth, String token) throws Exception {
    dev.lift.runtime.http.Exchange exchange = Pipeline.get("/", "Authorization", "Bearer " + token);
    auth.before(exchange);
    return exchange;
  }

  private static String token(String user) throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
        .subject(user).issuer("iss").audience("api")
        .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
    jwt.sign(new MACSigner(SECRET));
    return jwt.serialize();
  }
}
