package dev.lift.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fixed public keys (RSA or EC) for RS256 and ES256 tokens, for example a JWKS document shipped
 * with the function or kept in an environment variable. Private and symmetric members are dropped.
 */
public final class StaticKeySource implements JwtKeySource {
  private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

  private final List<JWK> keys;

  private StaticKeySource(List<JWK> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("A key source needs at least one RSA or EC signing key");
    }
    this.keys = keys;
  }

  public static StaticKeySource of(JWKSet set) {
    return new StaticKeySource(JwksKeySource.signingKeys(set));
  }

  public static StaticKeySource of(JWK... keys) {
    return of(new JWKSet(List.of(keys)));
  }

  /** From a JWKS document ({@code {"keys": [...]}}). */
  public static StaticKeySource parse(String jwks) {
    try {
      return of(JWKSet.parse(jwks));
    } catch (ParseException e) {
      throw new IllegalArgumentException("Not a JSON Web Key Set: " + e.getMessage(), e);
    }
  }

  @Override
  public Set<JWSAlgorithm> algorithms() {
    return ALGORITHMS;
  }

  @Override
  public List<JWK> keys(String keyId) {
    if (keyId == null) {
      return keys;
    }
    List<JWK> found = new ArrayList<>(1);
    for (JWK key : keys) {
      if (keyId.equals(key.getKeyID())) {
        found.add(key);
      }
    }
    return found;
  }
}
