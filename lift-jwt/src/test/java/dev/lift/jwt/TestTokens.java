package dev.lift.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/** Keys generated once per test JVM, and tokens signed with them. */
final class TestTokens {
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String ISSUER = "https://id.example.com";
  static final String AUDIENCE = "orders-api";
  static final byte[] HMAC_SECRET = "0123456789abcdef0123456789abcdef-test-secret".getBytes();

  static final RSAKey RSA = rsa("rsa-1");
  static final RSAKey RSA_ROTATED = rsa("rsa-2");
  static final ECKey EC = ec("ec-1");

  private TestTokens() {}

  static RSAKey rsa(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  static ECKey ec(String kid) {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  /** Claims every check accepts: sub, tenant, roles, scope, iss, aud, iat, nbf, exp. */
  static JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .subject("user-42")
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .issueTime(Date.from(NOW.minusSeconds(10)))
        .notBeforeTime(Date.from(NOW.minusSeconds(10)))
        .expirationTime(Date.from(NOW.plusSeconds(300)))
        .claim("tenant_id", "acme")
        .claim("roles", List.of("reader", "admin"))
        .claim("scope", "accounts:read accounts:write");
  }

  static String rs256(RSAKey key, JWTClaimsSet claims) {
    return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims, rsaSigner(key));
  }

  static String es256(ECKey key, JWTClaimsSet claims) {
    try {
      return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims, new ECDSASigner(key));
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  static String hs256(byte[] secret, String kid, JWTClaimsSet claims) {
    try {
      return sign(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims, new MACSigner(secret));
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
    return jwt.serialize();
  }

  private static JWSSigner rsaSigner(RSAKey key) {
    try {
      return new RSASSASigner(key);
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }
}
