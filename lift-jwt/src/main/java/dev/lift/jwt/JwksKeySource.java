package dev.lift.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Public keys published at a JWKS URL (an identity provider's {@code jwks_uri}), for RS256 and
 * ES256 tokens. Create it as a {@code @PreWarm} resource: the constructor fetches the set, so the
 * round trip happens during init (and before a SnapStart snapshot), and a wrong URL fails the init
 * with a clear message instead of failing every request.
 *
 * <pre>{@code
 * @PreWarm public static JwksKeySource jwks() {
 *   return JwksKeySource.builder(URI.create(System.getenv("JWKS_URL"))).build();
 * }
 * @PreWarm public static JwtVerifier verifier(JwksKeySource keys) {
 *   return new JwtVerifier(JwtConfig.builder(keys).issuer("https://issuer.example.com").audience("orders-api").build());
 * }
 * }</pre>
 *
 * <p>The keys are cached. A token whose {@code kid} is not in the cache triggers one fetch (keys
 * rotate: the provider publishes the new key before it signs with it), and the cache is also
 * fetched again once it is older than {@link Builder#maxAge}, so that withdrawn keys go away. Both
 * are rate-limited: at most one fetch per {@link Builder#minRefreshInterval} (30 s by default),
 * however many tokens with made-up key ids arrive. A failed fetch keeps the keys already known.
 * Fetches happen on the request thread that needs them; there is no background thread.
 *
 * <p>Only signing keys are kept: RSA and EC public keys whose {@code use} is {@code sig} or
 * absent. Private and symmetric members of the set are dropped.
 */
public final class JwksKeySource implements JwtKeySource {
  /** A JWKS larger than this is refused: real ones are a few kilobytes. */
  static final int MAX_BYTES = 512 * 1024;

  private final URI uri;
  private final int connectTimeoutMillis;
  private final int readTimeoutMillis;
  private final long minRefreshNanos;
  private final long maxAgeNanos;
  private final Set<JWSAlgorithm> algorithms;
  private final LongSupplier nanoClock;
  private final Object fetchLock = new Object();

  private volatile List<JWK> keys;
  private volatile long fetchedAtNanos;
  private volatile long lastAttemptNanos;
  private volatile int fetches;
  private volatile String lastError;

  /** With the defaults: fetches {@code uri} now. */
  public JwksKeySource(URI uri) {
    this(builder(uri));
  }

  private JwksKeySource(Builder builder) {
    this.uri = builder.uri;
    this.connectTimeoutMillis = millis(builder.connectTimeout);
    this.readTimeoutMillis = millis(builder.readTimeout);
    this.minRefreshNanos = builder.minRefreshInterval.toNanos();
    this.maxAgeNanos = builder.maxAge.toNanos();
    this.algorithms = Collections.unmodifiableSet(new LinkedHashSet<>(builder.algorithms));
    this.nanoClock = builder.nanoClock;
    long now = nanoClock.getAsLong();
    this.lastAttemptNanos = now;
    try {
      this.keys = fetch();
      this.fetchedAtNanos = now;
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("Could not load the JSON Web Key Set from " + uri + ": " + e.getMessage(), e);
    }
  }

  public static Builder builder(URI uri) {
    return new Builder(uri);
  }

  @Override
  public Set<JWSAlgorithm> algorithms() {
    return algorithms;
  }

  @Override
  public List<JWK> keys(String keyId) {
    List<JWK> current = keys;
    if (nanoClock.getAsLong() - fetchedAtNanos > maxAgeNanos) {
      current = refreshIfAllowed();
    }
    List<JWK> found = select(current, keyId);
    if (found.isEmpty() && keyId != null) {
      List<JWK> refreshed = refreshIfAllowed();
      if (refreshed != current) {
        found = select(refreshed, keyId);
      }
    }
    return found;
  }

  /** The keys as last fetched. */
  public List<JWK> cachedKeys() {
    return keys;
  }

  /** How many times the set has been fetched successfully, counting the first fetch. */
  public int fetchCount() {
    return fetches;
  }

  /** The last fetch failure, or {@code null} when the last fetch worked. */
  public String lastError() {
    return lastError;
  }

  public URI uri() {
    return uri;
  }

  /** Fetches again unless a fetch was tried less than the minimum interval ago; the keys after it. */
  private List<JWK> refreshIfAllowed() {
    synchronized (fetchLock) {
      long now = nanoClock.getAsLong();
      if (now - lastAttemptNanos < minRefreshNanos) {
        return keys;
      }
      lastAttemptNanos = now;
      try {
        keys = fetch();
        fetchedAtNanos = now;
        lastError = null;
      } catch (IOException | ParseException | RuntimeException e) {
        lastError = e.toString();
      }
      return keys;
    }
  }

  private static List<JWK> select(List<JWK> keys, String keyId) {
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

  private List<JWK> fetch() throws IOException, ParseException {
    URLConnection opened = uri.toURL().openConnection();
    if (!(opened instanceof HttpURLConnection)) {
      throw new IOException("not an http or https URL");
    }
    HttpURLConnection connection = (HttpURLConnection) opened;
    try {
      connection.setConnectTimeout(connectTimeoutMillis);
      connection.setReadTimeout(readTimeoutMillis);
      connection.setInstanceFollowRedirects(false);
      connection.setUseCaches(false);
      connection.setRequestProperty("Accept", "application/json, application/jwk-set+json");
      int status = connection.getResponseCode();
      if (status != 200) {
        throw new IOException("HTTP " + status);
      }
      String body;
      try (InputStream in = connection.getInputStream()) {
        body = readLimited(in);
      }
      List<JWK> signingKeys = signingKeys(JWKSet.parse(body));
      fetches++;
      return signingKeys;
    } finally {
      connection.disconnect();
    }
  }

  static List<JWK> signingKeys(JWKSet set) {
    List<JWK> kept = new ArrayList<>();
    for (JWK key : set.getKeys()) {
      KeyType type = key.getKeyType();
      boolean asymmetric = KeyType.RSA.equals(type) || KeyType.EC.equals(type);
      boolean forSigning = key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse());
      if (asymmetric && forSigning) {
        kept.add(key.toPublicJWK());
      }
    }
    return List.copyOf(kept);
  }

  private static String readLimited(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    byte[] buffer = new byte[8192];
    int total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > MAX_BYTES) {
        throw new IOException("the key set is larger than " + MAX_BYTES + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int millis(Duration duration) {
    long millis = duration.toMillis();
    if (millis <= 0 || millis > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("A timeout must be at least 1 ms, not " + duration);
    }
    return (int) millis;
  }

  /** Options of a {@link JwksKeySource}; {@link #build()} fetches the set. */
  public static final class Builder {
    private final URI uri;
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration readTimeout = Duration.ofSeconds(2);
    private Duration minRefreshInterval = Duration.ofSeconds(30);
    private Duration maxAge = Duration.ofHours(1);
    private Set<JWSAlgorithm> algorithms = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    private LongSupplier nanoClock = System::nanoTime;

    private Builder(URI uri) {
      Objects.requireNonNull(uri, "uri");
      String scheme = uri.getScheme();
      if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
        throw new IllegalArgumentException("A JWKS URL is http or https, not " + uri);
      }
      this.uri = uri;
    }

    /** How long to wait for a connection (default 2 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /** How long to wait for the response (default 2 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /** At most one fetch per this interval, for unknown key ids and expiry alike (default 30 s). */
    public Builder minRefreshInterval(Duration interval) {
      if (interval.isNegative()) {
        throw new IllegalArgumentException("minRefreshInterval must not be negative: " + interval);
      }
      this.minRefreshInterval = interval;
      return this;
    }

    /** Fetch again when the keys are older than this (default 1 hour). */
    public Builder maxAge(Duration maxAge) {
      if (maxAge.isNegative() || maxAge.isZero()) {
        throw new IllegalArgumentException("maxAge must be positive: " + maxAge);
      }
      this.maxAge = maxAge;
      return this;
    }

    /**
     * The algorithms accepted with these keys (default RS256 and ES256). Only RSA and EC signature
     * algorithms: an HMAC algorithm with public keys is the algorithm-confusion attack.
     */
    public Builder algorithms(JWSAlgorithm... algorithms) {
      Set<JWSAlgorithm> chosen = new LinkedHashSet<>();
      for (JWSAlgorithm algorithm : algorithms) {
        if (!JWSAlgorithm.Family.RSA.contains(algorithm) && !JWSAlgorithm.Family.EC.contains(algorithm)) {
          throw new IllegalArgumentException(
              "A JWKS holds public keys: RSA or EC algorithms only, not " + algorithm);
        }
        chosen.add(algorithm);
      }
      if (chosen.isEmpty()) {
        throw new IllegalArgumentException("At least one algorithm");
      }
      this.algorithms = chosen;
      return this;
    }

    /** The clock for refresh intervals ({@link System#nanoTime()}); tests move it by hand. */
    public Builder nanoClock(LongSupplier nanoClock) {
      this.nanoClock = Objects.requireNonNull(nanoClock);
      return this;
    }

    /** Fetches the set; throws {@link IllegalStateException} naming the URL when that fails. */
    public JwksKeySource build() {
      return new JwksKeySource(this);
    }
  }
}
