package dev.lift.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import java.util.List;
import java.util.Set;

/**
 * Where {@link JwtVerifier} finds the keys that may have signed a token.
 *
 * @see JwksKeySource keys published at a JWKS URL (RS256, ES256)
 * @see StaticKeySource fixed public keys
 * @see HmacKeySource a shared secret (HS256)
 */
public interface JwtKeySource {
  /**
   * The algorithms tokens signed with these keys may name. {@link JwtVerifier} rejects any other
   * before it looks for a key, which is what stops algorithm confusion: a source of public keys
   * never lists an HMAC algorithm.
   */
  Set<JWSAlgorithm> algorithms();

  /**
   * The keys a token whose header names {@code keyId} may have been signed with: those with that
   * {@code kid}, or every key when {@code keyId} is {@code null}. Empty when there is none; a
   * source may look again (a JWKS refresh) before it says so.
   */
  List<JWK> keys(String keyId);
}
