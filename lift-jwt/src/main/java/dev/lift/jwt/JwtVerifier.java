package dev.lift.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks bearer tokens and turns their claims into a {@link Principal}. Thread-safe; create one
 * per configuration, as a {@code @PreWarm} resource or inside a {@link JwtMiddleware}.
 *
 * <p>The checks, in order, each failing with an {@link InvalidTokenException} that says which:
 *
 * <ol>
 *   <li>the token is a compact JWS of at most {@link JwtConfig#maxTokenLength()} characters:
 *       unsigned ({@code alg: none}) and encrypted tokens are refused;
 *   <li>its {@code alg} is one of {@link JwtConfig#algorithms()}, decided before any key is looked
 *       at, so a token cannot pick the algorithm its key is used with (an HS256 token "signed" with
 *       an RSA public key as the HMAC secret names an algorithm a public-key source never allows);
 *   <li>a key of the source with the token's {@code kid} (every key when it has none) whose type
 *       fits the algorithm, whose {@code alg} (if set) is the token's, and whose {@code use} (if
 *       set) is {@code sig}, verifies the signature;
 *   <li>{@code exp} is after now, {@code nbf} not after now, {@code iat} not after now, each with
 *       {@link JwtConfig#clockSkew()} of tolerance; {@code exp} is required unless configured;
 *   <li>{@code iss} is an accepted issuer and {@code aud} holds an accepted audience;
 *   <li>{@code sub} is present, and the tenant, roles and scope claims have the expected types.
 * </ol>
 */
public final class JwtVerifier {
  /** Verifiers are made once per key: turning a JWK into a JCA public key is not free. */
  private static final int MAX_CACHED_VERIFIERS = 64;

  private final JwtConfig config;
  private final Map<JWK, JWSVerifier> verifiers = new ConcurrentHashMap<>();

  public JwtVerifier(JwtConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public JwtConfig config() {
    return config;
  }

  /** The principal of a valid token; throws with a client-readable reason otherwise. */
  public Principal verify(String token) throws InvalidTokenException {
    SignedJWT jwt = parse(token);
    JWSHeader header = jwt.getHeader();
    JWSAlgorithm algorithm = header.getAlgorithm();
    if (!config.algorithms().contains(algorithm)) {
      throw new InvalidTokenException("The signing algorithm " + safe(algorithm.getName()) + " is not accepted");
    }
    verifySignature(jwt, header, algorithm);
    JWTClaimsSet claims;
    try {
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new InvalidTokenException("The token's claims are malformed");
    }
    checkTimes(claims);
    checkIssuerAndAudience(claims);
    return principal(claims);
  }

  private SignedJWT parse(String token) throws InvalidTokenException {
    if (token == null || token.isEmpty()) {
      throw new InvalidTokenException("The token is empty");
    }
    if (token.length() > config.maxTokenLength()) {
      throw new InvalidTokenException("The token is longer than " + config.maxTokenLength() + " characters");
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(token);
    } catch (ParseException | RuntimeException e) {
      throw new InvalidTokenException("The token is not a well-formed JWT");
    }
    if (jwt instanceof PlainJWT) {
      throw new InvalidTokenException("Unsigned tokens (alg none) are not accepted");
    }
    if (jwt instanceof EncryptedJWT || !(jwt instanceof SignedJWT)) {
      throw new InvalidTokenException("Encrypted tokens are not accepted");
    }
    return (SignedJWT) jwt;
  }

  private void verifySignature(SignedJWT jwt, JWSHeader header, JWSAlgorithm algorithm)
      throws InvalidTokenException {
    String keyId = header.getKeyID();
    List<JWK> keys = config.keys().keys(keyId);
    boolean triedOne = false;
    for (JWK key : keys) {
      JWSVerifier verifier = verifierFor(key, algorithm);
      if (verifier == null) {
        continue;
      }
      triedOne = true;
      try {
        if (jwt.verify(verifier)) {
          return;
        }
      } catch (JOSEException | IllegalStateException e) {
        // A signature of the wrong length or an unusable key: not valid with this key.
      }
    }
    if (triedOne) {
      throw new InvalidTokenException("The token's signature is not valid");
    }
    if (keyId != null && keys.isEmpty()) {
      throw new InvalidTokenException("The token's key id is not known");
    }
    throw new InvalidTokenException("No key for the token's algorithm " + algorithm.getName());
  }

  /** A verifier when {@code key} may check {@code algorithm}, else {@code null}. */
  private JWSVerifier verifierFor(JWK key, JWSAlgorithm algorithm) {
    if (key.getAlgorithm() != null && !key.getAlgorithm().equals(algorithm)) {
      return null;
    }
    if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
      return null;
    }
    boolean fits = (JWSAlgorithm.Family.RSA.contains(algorithm) && key instanceof RSAKey)
        || (JWSAlgorithm.Family.EC.contains(algorithm) && key instanceof ECKey
            && Curve.forJWSAlgorithm(algorithm).contains(((ECKey) key).getCurve()))
        || (JWSAlgorithm.Family.HMAC_SHA.contains(algorithm) && key instanceof OctetSequenceKey);
    if (!fits) {
      return null;
    }
    JWSVerifier cached = verifiers.get(key);
    if (cached != null) {
      return cached;
    }
    JWSVerifier made;
    try {
      if (key instanceof RSAKey) {
        made = new RSASSAVerifier((RSAKey) key);
      } else if (key instanceof ECKey) {
        made = new ECDSAVerifier((ECKey) key);
      } else {
        made = new MACVerifier((OctetSequenceKey) key);
      }
    } catch (JOSEException e) {
      return null;
    }
    if (verifiers.size() >= MAX_CACHED_VERIFIERS) {
      verifiers.clear();
    }
    verifiers.put(key, made);
    return made;
  }

  private void checkTimes(JWTClaimsSet claims) throws InvalidTokenException {
    Instant now = config.clock().instant();
    Instant late = now.minus(config.clockSkew());
    Instant early = now.plus(config.clockSkew());
    Date expiry = claims.getExpirationTime();
    if (expiry == null) {
      if (config.requireExpiry()) {
        throw new InvalidTokenException("The token has no expiry (exp)");
      }
    } else if (!expiry.toInstant().isAfter(late)) {
      throw new InvalidTokenException("The token has expired");
    }
    Date notBefore = claims.getNotBeforeTime();
    if (notBefore != null && notBefore.toInstant().isAfter(early)) {
      throw new InvalidTokenException("The token is not valid yet (nbf)");
    }
    Date issuedAt = claims.getIssueTime();
    if (issuedAt != null && issuedAt.toInstant().isAfter(early)) {
      throw new InvalidTokenException("The token was issued in the future (iat)");
    }
  }

  private void checkIssuerAndAudience(JWTClaimsSet claims) throws InvalidTokenException {
    if (!config.issuers().isEmpty()) {
      String issuer = claims.getIssuer();
      if (issuer == null || !config.issuers().contains(issuer)) {
        throw new InvalidTokenException("The token's issuer is not accepted");
      }
    }
    if (!config.audiences().isEmpty()) {
      boolean accepted = false;
      for (String audience : claims.getAudience()) {
        if (config.audiences().contains(audience)) {
          accepted = true;
          break;
        }
      }
      if (!accepted) {
        throw new InvalidTokenException("The token's audience is not accepted");
      }
    }
  }

  private Principal principal(JWTClaimsSet claims) throws InvalidTokenException {
    String subject = claims.getSubject();
    if (subject == null || subject.isEmpty()) {
      throw new InvalidTokenException("The token has no subject (sub)");
    }
    Object tenantValue = claims.getClaim(config.tenantClaim());
    if (tenantValue != null && !(tenantValue instanceof String)) {
      throw new InvalidTokenException("The token's " + config.tenantClaim() + " claim is not a string");
    }
    String tenant = (String) tenantValue;
    if (config.requireTenant() && (tenant == null || tenant.isEmpty())) {
      throw new InvalidTokenException("The token has no " + config.tenantClaim() + " claim");
    }
    Set<String> roles = strings(claims.getClaim(config.rolesClaim()), false, config.rolesClaim());
    Set<String> scopes = strings(claims.getClaim("scope"), true, "scope");
    scopes.addAll(strings(claims.getClaim("scp"), true, "scp"));
    return new Principal(subject, tenant, roles, scopes, claims.getClaims());
  }

  /** An array of strings, or one string (split on spaces when {@code spaceSeparated}). */
  private static Set<String> strings(Object value, boolean spaceSeparated, String claim)
      throws InvalidTokenException {
    Set<String> result = new LinkedHashSet<>();
    if (value == null) {
      return result;
    }
    if (value instanceof String) {
      if (spaceSeparated) {
        for (String part : ((String) value).split(" ")) {
          if (!part.isEmpty()) {
            result.add(part);
          }
        }
      } else {
        result.add((String) value);
      }
      return result;
    }
    if (value instanceof List) {
      for (Object element : (List<?>) value) {
        if (!(element instanceof String)) {
          throw new InvalidTokenException("The token's " + claim + " claim is not a list of strings");
        }
        result.add((String) element);
      }
      return result;
    }
    throw new InvalidTokenException("The token's " + claim + " claim is not a list of strings");
  }

  /** An algorithm name from the token, shortened and reduced to safe characters for a header. */
  private static String safe(String name) {
    StringBuilder out = new StringBuilder(Math.min(name.length(), 16));
    for (int i = 0; i < name.length() && out.length() < 16; i++) {
      char c = name.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
        out.append(c);
      }
    }
    return out.length() == 0 ? "(unnamed)" : out.toString();
  }
}
