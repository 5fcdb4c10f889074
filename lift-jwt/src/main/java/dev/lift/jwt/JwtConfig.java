package dev.lift.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link JwtVerifier} accepts. The issuer and the audience must be decided: name them, or say
 * {@link Builder#anyIssuer()} / {@link Builder#anyAudience()} on purpose (a token minted for
 * another API of the same provider is otherwise accepted).
 *
 * <pre>{@code
 * JwtConfig.builder(keys)
 *     .issuer("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc")
 *     .audience("orders-api")
 *     .clockSkew(Duration.ofSeconds(30))
 *     .tenantClaim("custom:tenant")
 *     .build();
 * }</pre>
 */
public final class JwtConfig {
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
  public static final String DEFAULT_TENANT_CLAIM = "tenant_id";
  public static final String DEFAULT_ROLES_CLAIM = "roles";
  /** Longer tokens are refused before parsing: real ones are 1 to 2 KB. */
  public static final int DEFAULT_MAX_TOKEN_LENGTH = 8 * 1024;

  private final JwtKeySource keys;
  private final Set<JWSAlgorithm> algorithms;
  private final Set<String> issuers;
  private final Set<String> audiences;
  private final Duration clockSkew;
  private final String tenantClaim;
  private final String rolesClaim;
  private final boolean requireTenant;
  private final boolean requireExpiry;
  private final int maxTokenLength;
  private final String realm;
  private final Clock clock;

  private JwtConfig(Builder b) {
    this.keys = b.keys;
    this.algorithms = Collections.unmodifiableSet(new LinkedHashSet<>(b.algorithms));
    this.issuers = Collections.unmodifiableSet(new LinkedHashSet<>(b.issuers));
    this.audiences = Collections.unmodifiableSet(new LinkedHashSet<>(b.audiences));
    this.clockSkew = b.clockSkew;
    this.tenantClaim = b.tenantClaim;
    this.rolesClaim = b.rolesClaim;
    this.requireTenant = b.requireTenant;
    this.requireExpiry = b.requireExpiry;
    this.maxTokenLength = b.maxTokenLength;
    this.realm = b.realm;
    this.clock = b.clock;
  }

  public static Builder builder(JwtKeySource keys) {
    return new Builder(keys);
  }

  public JwtKeySource keys() {
    return keys;
  }

  /** The accepted algorithms: those of the key source unless narrowed. */
  public Set<JWSAlgorithm> algorithms() {
    return algorithms;
  }

  /** Accepted {@code iss} values; empty when any issuer is accepted. */
  public Set<String> issuers() {
    return issuers;
  }

  /** Accepted {@code aud} values (a token needs one of them); empty when any audience is accepted. */
  public Set<String> audiences() {
    return audiences;
  }

  public Duration clockSkew() {
    return clockSkew;
  }

  public String tenantClaim() {
    return tenantClaim;
  }

  public String rolesClaim() {
    return rolesClaim;
  }

  public boolean requireTenant() {
    return requireTenant;
  }

  public boolean requireExpiry() {
    return requireExpiry;
  }

  public int maxTokenLength() {
    return maxTokenLength;
  }

  /** The {@code realm} of {@code WWW-Authenticate}, or {@code null}. */
  public String realm() {
    return realm;
  }

  public Clock clock() {
    return clock;
  }

  public static final class Builder {
    private final JwtKeySource keys;
    private Set<JWSAlgorithm> algorithms;
    private final Set<String> issuers = new LinkedHashSet<>();
    private final Set<String> audiences = new LinkedHashSet<>();
    private boolean anyIssuer;
    private boolean anyAudience;
    private Duration clockSkew = DEFAULT_CLOCK_SKEW;
    private String tenantClaim = DEFAULT_TENANT_CLAIM;
    private String rolesClaim = DEFAULT_ROLES_CLAIM;
    private boolean requireTenant;
    private boolean requireExpiry = true;
    private int maxTokenLength = DEFAULT_MAX_TOKEN_LENGTH;
    private String realm;
    private Clock clock = Clock.systemUTC();

    private Builder(JwtKeySource keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      this.algorithms = new LinkedHashSet<>(keys.algorithms());
    }

    /** Accepted issuers ({@code iss}, compared exactly). */
    public Builder issuer(String... issuers) {
      for (String issuer : issuers) {
        this.issuers.add(Objects.requireNonNull(issuer, "issuer"));
      }
      return this;
    }

    /** Accept a token from any issuer: only when the keys belong to one issuer anyway. */
    public Builder anyIssuer() {
      this.anyIssuer = true;
      return this;
    }

    /** Accepted audiences: a token's {@code aud} must contain one of them. */
    public Builder audience(String... audiences) {
      for (String audience : audiences) {
        this.audiences.add(Objects.requireNonNull(audience, "audience"));
      }
      return this;
    }

    /** Accept a token for any audience: only when the issuer mints tokens for this API alone. */
    public Builder anyAudience() {
      this.anyAudience = true;
      return this;
    }

    /** Narrows the key source's algorithms; naming one the source does not support is an error. */
    public Builder algorithms(JWSAlgorithm... algorithms) {
      Set<JWSAlgorithm> chosen = new LinkedHashSet<>();
      for (JWSAlgorithm algorithm : algorithms) {
        if (!keys.algorithms().contains(algorithm)) {
          throw new IllegalArgumentException("The key source does not support " + algorithm
              + "; it supports " + keys.algorithms());
        }
        chosen.add(algorithm);
      }
      if (chosen.isEmpty()) {
        throw new IllegalArgumentException("At least one algorithm");
      }
      this.algorithms = chosen;
      return this;
    }

    /** Tolerance for clocks that disagree, applied to {@code exp}, {@code nbf} and {@code iat} (default 60 s). */
    public Builder clockSkew(Duration clockSkew) {
      if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(10)) > 0) {
        throw new IllegalArgumentException("clockSkew is between 0 and 10 minutes, not " + clockSkew);
      }
      this.clockSkew = clockSkew;
      return this;
    }

    /** The claim that names the tenant (default {@value #DEFAULT_TENANT_CLAIM}). */
    public Builder tenantClaim(String claim) {
      this.tenantClaim = Objects.requireNonNull(claim);
      return this;
    }

    /** The claim with the roles, an array of strings (default {@value #DEFAULT_ROLES_CLAIM}). */
    public Builder rolesClaim(String claim) {
      this.rolesClaim = Objects.requireNonNull(claim);
      return this;
    }

    /** Reject tokens without the tenant claim (default false: {@link Principal#tenant()} is null). */
    public Builder requireTenant(boolean requireTenant) {
      this.requireTenant = requireTenant;
      return this;
    }

    /** Reject tokens without {@code exp} (default true). */
    public Builder requireExpiry(boolean requireExpiry) {
      this.requireExpiry = requireExpiry;
      return this;
    }

    public Builder maxTokenLength(int maxTokenLength) {
      if (maxTokenLength < 64) {
        throw new IllegalArgumentException("maxTokenLength is at least 64: " + maxTokenLength);
      }
      this.maxTokenLength = maxTokenLength;
      return this;
    }

    /** A {@code realm} for {@code WWW-Authenticate} (visible ASCII, no quotes or backslashes). */
    public Builder realm(String realm) {
      if (realm != null && !BearerChallenge.isQuotable(realm)) {
        throw new IllegalArgumentException("A realm is visible ASCII without '\"' or '\\': " + realm);
      }
      this.realm = realm;
      return this;
    }

    /** The clock for {@code exp}, {@code nbf} and {@code iat} (tests). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    public JwtConfig build() {
      if (issuers.isEmpty() && !anyIssuer) {
        throw new IllegalStateException("Name the accepted issuer with issuer(...), or call anyIssuer()");
      }
      if (audiences.isEmpty() && !anyAudience) {
        throw new IllegalStateException("Name the accepted audience with audience(...), or call anyAudience()");
      }
      if (anyIssuer && !issuers.isEmpty()) {
        throw new IllegalStateException("Either issuer(...) or anyIssuer(), not both");
      }
      if (anyAudience && !audiences.isEmpty()) {
        throw new IllegalStateException("Either audience(...) or anyAudience(), not both");
      }
      return new JwtConfig(this);
    }
  }
}
