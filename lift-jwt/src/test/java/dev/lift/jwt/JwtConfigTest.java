package dev.lift.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JwtConfigTest {
  private static final HmacKeySource KEYS = new HmacKeySource(TestTokens.HMAC_SECRET);

  @Test
  void issuerAndAudienceMustBeDecided() {
    IllegalStateException noIssuer = assertThrows(IllegalStateException.class,
        () -> JwtConfig.builder(KEYS).audience("api").build());
    assertEquals("Name the accepted issuer with issuer(...), or call anyIssuer()", noIssuer.getMessage());
    assertThrows(IllegalStateException.class, () -> JwtConfig.builder(KEYS).issuer("i").build());
    assertThrows(IllegalStateException.class, () -> JwtConfig.builder(KEYS).issuer("i").anyIssuer().anyAudience().build());

    JwtConfig open = JwtConfig.builder(KEYS).anyIssuer().anyAudience().build();
    assertTrue(open.issuers().isEmpty());
    assertTrue(open.audiences().isEmpty());
  }

  @Test
  void defaults() {
    JwtConfig config = JwtConfig.builder(KEYS).issuer("i").audience("a").build();

    assertEquals(Duration.ofSeconds(60), config.clockSkew());
    assertEquals("tenant_id", config.tenantClaim());
    assertEquals("roles", config.rolesClaim());
    assertEquals(Set.of(JWSAlgorithm.HS256), config.algorithms());
    assertTrue(config.requireExpiry());
  }

  @Test
  void algorithmsCanOnlyNarrowTheKeySource() {
    JwtConfig.Builder builder = JwtConfig.builder(StaticKeySource.of(TestTokens.RSA)).issuer("i").audience("a");

    assertThrows(IllegalArgumentException.class, () -> builder.algorithms(JWSAlgorithm.HS256));
    assertEquals(Set.of(JWSAlgorithm.RS256), builder.algorithms(JWSAlgorithm.RS256).build().algorithms());
  }

  @Test
  void shortHmacSecretsAndBadRealmsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> HmacKeySource.ofText("too short"));
    assertThrows(IllegalArgumentException.class, () -> JwtConfig.builder(KEYS).realm("a \"quoted\" realm"));
    assertThrows(IllegalArgumentException.class, () -> JwtConfig.builder(KEYS).clockSkew(Duration.ofHours(1)));
  }

  @Test
  void bearerTokenParsing() {
    assertEquals("abc", JwtMiddleware.bearerToken("Bearer abc"));
    assertEquals("abc", JwtMiddleware.bearerToken("BEARER   abc "));
    assertEquals("", JwtMiddleware.bearerToken("Bearer"));
    assertEquals(null, JwtMiddleware.bearerToken("Bearerabc"));
    assertEquals(null, JwtMiddleware.bearerToken("Basic dXNlcjpwYXNz"));
  }

  @Test
  void challengeTextStaysWithinTheQuotedStringRules() {
    assertEquals("Bearer error=\"invalid_token\", error_description=\"bad  token\"",
        BearerChallenge.invalidToken(null, "bad \"\\ token\u00e9"));
  }
}
