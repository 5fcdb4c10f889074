package dev.lift.samples.payments;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

/** Bearer tokens for the tests, signed with nimbus-jose-jwt. */
final class Tokens {
  static final String SECRET = "payments-tests-hs256-secret-of-at-least-32-bytes";
  static final String ISSUER = "https://issuer.test";
  static final String AUDIENCE = "payments-api";

  private Tokens() {}

  /** Claims of a valid token for {@code user} of {@code tenant}, valid for ten minutes. */
  static JWTClaimsSet.Builder claims(String user, String tenant) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(user)
        .claim("tenant_id", tenant)
        .claim("scope", AccountRoutes.WRITE_SCOPE)
        .claim("roles", List.of())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(600)));
  }

  /** A valid HS256 token with {@link #SECRET}. */
  static String hs256(String user, String tenant) {
    return hs256(claims(user, tenant).build());
  }

  /** An HS256 token for {@code user} of {@code tenant} with its claims changed by {@code change}. */
  static String hs256(String user, String tenant, Consumer<JWTClaimsSet.Builder> change) {
    JWTClaimsSet.Builder claims = claims(user, tenant);
    change.accept(claims);
    return hs256(claims.build());
  }

  static String hs256(JWTClaimsSet claims) {
    return sign(new JWSHeader(JWSAlgorithm.HS256), claims, macSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
  }

  static String rs256(RSAKey key, JWTClaimsSet claims) {
    try {
      return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims, new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  static JWSSigner macSigner(byte[] secret) {
    try {
      return new MACSigner(secret);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
