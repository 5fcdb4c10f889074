package dev.lift.jwt;

import static dev.lift.jwt.TestTokens.AUDIENCE;
import static dev.lift.jwt.TestTokens.CLOCK;
import static dev.lift.jwt.TestTokens.EC;
import static dev.lift.jwt.TestTokens.ISSUER;
import static dev.lift.jwt.TestTokens.RSA;
import static dev.lift.jwt.TestTokens.RSA_ROTATED;
import static dev.lift.jwt.TestTokens.claims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JwksKeySourceTest {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  @Test
  void fetchesTheSetWhenCreated() throws Exception {
    try (JwksServer server = new JwksServer(RSA, EC)) {
      JwksKeySource keys = JwksKeySource.builder(server.uri()).build();

      assertEquals(1, server.requests());
      assertEquals(1, keys.fetchCount());
      assertEquals(List.of("rsa-1", "ec-1"), keyIds(keys.cachedKeys()));
      assertTrue(keys.cachedKeys().stream().noneMatch(JWK::isPrivate));
    }
  }

  @Test
  void anUnknownKidFetchesTheSetAgainAndFindsTheRotatedKey() throws Exception {
    try (JwksServer server = new JwksServer(RSA)) {
      JwksKeySource keys = source(server);
      JwtVerifier verifier = verifier(keys);
      server.publish(RSA, RSA_ROTATED);   // the provider rotates: the new key is published first
      nanos.addAndGet(Duration.ofSeconds(31).toNanos());   // past the refresh rate limit

      Principal principal = verifier.verify(TestTokens.rs256(RSA_ROTATED, claims().build()));

      assertEquals("user-42", principal.user());
      assertEquals(2, server.requests());
    }
  }

  @Test
  void refreshesForUnknownKidsAreRateLimited() throws Exception {
    try (JwksServer server = new JwksServer(RSA)) {
      JwksKeySource keys = source(server);
      JwtVerifier verifier = verifier(keys);
      nanos.addAndGet(Duration.ofMinutes(5).toNanos());

      // A burst of tokens with made-up key ids: one fetch, then the limit holds.
      for (int i = 0; i < 20; i++) {
        String forged = TestTokens.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("made-up-" + i).build(),
            claims().build(), new RSASSASigner(RSA));
        InvalidTokenException rejected = assertThrows(InvalidTokenException.class, () -> verifier.verify(forged));
        assertEquals("The token's key id is not known", rejected.getMessage());
      }
      assertEquals(2, server.requests());

      nanos.addAndGet(Duration.ofSeconds(29).toNanos());
      assertThrows(InvalidTokenException.class, () -> verifier.verify(TestTokens.rs256(TestTokens.rsa("x"), claims().build())));
      assertEquals(2, server.requests());

      nanos.addAndGet(Duration.ofSeconds(2).toNanos());
      assertThrows(InvalidTokenException.class, () -> verifier.verify(TestTokens.rs256(TestTokens.rsa("y"), claims().build())));
      assertEquals(3, server.requests());
    }
  }

  @Test
  void knownKidsNeverFetch() throws Exception {
    try (JwksServer server = new JwksServer(RSA)) {
      JwtVerifier verifier = verifier(source(server));
      nanos.addAndGet(Duration.ofMinutes(5).toNanos());

      for (int i = 0; i < 5; i++) {
        verifier.verify(TestTokens.rs256(RSA, claims().build()));
      }

      assertEquals(1, server.requests());
    }
  }

  @Test
  void keysOlderThanMaxAgeAreFetchedAgainSoWithdrawnKeysGoAway() throws Exception {
    try (JwksServer server = new JwksServer(RSA, RSA_ROTATED)) {
      JwksKeySource keys = JwksKeySource.builder(server.uri()).nanoClock(nanos::get).maxAge(Duration.ofMinutes(10)).build();
      JwtVerifier verifier = verifier(keys);
      verifier.verify(TestTokens.rs256(RSA, claims().build()));
      server.publish(RSA_ROTATED);   // rsa-1 is withdrawn

      nanos.addAndGet(Duration.ofMinutes(11).toNanos());

      InvalidTokenException rejected = assertThrows(InvalidTokenException.class,
          () -> verifier.verify(TestTokens.rs256(RSA, claims().build())));
      assertEquals("The token's key id is not known", rejected.getMessage());
      assertEquals(List.of("rsa-2"), keyIds(keys.cachedKeys()));
    }
  }

  @Test
  void aFailedRefreshKeepsTheKnownKeys() throws Exception {
    try (JwksServer server = new JwksServer(RSA)) {
      JwksKeySource keys = source(server);
      JwtVerifier verifier = verifier(keys);
      server.status(500);
      nanos.addAndGet(Duration.ofMinutes(1).toNanos());

      assertThrows(InvalidTokenException.class, () -> verifier.verify(TestTokens.rs256(TestTokens.rsa("new"), claims().build())));

      assertEquals("java.io.IOException: HTTP 500", keys.lastError());
      assertEquals("user-42", verifier.verify(TestTokens.rs256(RSA, claims().build())).user());
    }
  }

  @Test
  void onlyPublicSigningKeysAreKept() throws Exception {
    RSAKey encryptionKey = new RSAKey.Builder(TestTokens.rsa("enc-1")).keyUse(KeyUse.ENCRYPTION).build();
    OctetSequenceKey secret = new OctetSequenceKey.Builder(new byte[32]).keyID("oct-1").build();
    try (JwksServer server = new JwksServer()) {
      server.publishRaw("{\"keys\":[" + RSA.toJSONString() + "," + encryptionKey.toPublicJWK().toJSONString()
          + "," + secret.toJSONString() + "," + EC.toPublicJWK().toJSONString() + "]}");

      JwksKeySource keys = source(server);

      assertEquals(List.of("rsa-1", "ec-1"), keyIds(keys.cachedKeys()));
      assertTrue(keys.cachedKeys().stream().noneMatch(JWK::isPrivate));
    }
  }

  @Test
  void anUnreachableUrlFailsTheInitNamingTheUrl() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    URI uri = URI.create("http://127.0.0.1:" + closedPort + "/jwks.json");

    IllegalStateException failure = assertThrows(IllegalStateException.class,
        () -> JwksKeySource.builder(uri).connectTimeout(Duration.ofMillis(500)).build());

    assertTrue(failure.getMessage().startsWith("Could not load the JSON Web Key Set from " + uri), failure.getMessage());
  }

  @Test
  void aDocumentThatIsNotAKeySetFailsTheInit() throws Exception {
    try (JwksServer server = new JwksServer()) {
      server.publishRaw("<html>login</html>");

      assertThrows(IllegalStateException.class, () -> source(server));
    }
  }

  @Test
  void hmacAlgorithmsCannotBeEnabledForPublicKeys() {
    assertThrows(IllegalArgumentException.class,
        () -> JwksKeySource.builder(URI.create("https://id.example.com/jwks")).algorithms(JWSAlgorithm.HS256));
    assertThrows(IllegalArgumentException.class,
        () -> JwksKeySource.builder(URI.create("file:///etc/jwks.json")));
  }

  @Test
  void staticKeysVerifyTokensWithoutAnyFetch() throws Exception {
    JwtVerifier verifier = new JwtVerifier(JwtConfig.builder(StaticKeySource.of(RSA, EC))
        .issuer(ISSUER).audience(AUDIENCE).clock(CLOCK).build());

    assertEquals("user-42", verifier.verify(TestTokens.es256(EC, claims().build())).user());
    assertTrue(StaticKeySource.parse("{\"keys\":[" + RSA.toPublicJWK().toJSONString() + "]}").keys("ec-1").isEmpty());
  }

  private JwksKeySource source(JwksServer server) {
    return JwksKeySource.builder(server.uri()).nanoClock(nanos::get).build();
  }

  private static JwtVerifier verifier(JwksKeySource keys) {
    return new JwtVerifier(JwtConfig.builder(keys).issuer(ISSUER).audience(AUDIENCE).clock(CLOCK).build());
  }

  private static List<String> keyIds(List<JWK> keys) {
    return keys.stream().map(JWK::getKeyID).toList();
  }
}
