package dev.lift.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One shared secret for HS256 tokens: for tests and for simple setups where the same party issues
 * and checks tokens. The secret is at least 32 bytes (256 bits, as RFC 7518 requires for HS256).
 * The token's {@code kid}, if any, is ignored.
 */
public final class HmacKeySource implements JwtKeySource {
  public static final int MIN_SECRET_BYTES = 32;
  private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.HS256);

  private final List<JWK> keys;

  public HmacKeySource(byte[] secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "An HS256 secret has at least " + MIN_SECRET_BYTES + " bytes, not " + secret.length);
    }
    this.keys = List.of(new OctetSequenceKey.Builder(secret.clone()).build());
  }

  /** The UTF-8 bytes of {@code secret}. */
  public static HmacKeySource ofText(String secret) {
    return new HmacKeySource(secret.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Set<JWSAlgorithm> algorithms() {
    return ALGORITHMS;
  }

  @Override
  public List<JWK> keys(String keyId) {
    return keys;
  }
}
