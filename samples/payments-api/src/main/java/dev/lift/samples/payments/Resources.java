package dev.lift.samples.payments;

import dev.lift.annotations.PreWarm;
import dev.lift.dynamodb.DynamoHealthChecks;
import dev.lift.dynamodb.idempotency.IdempotencyConfig;
import dev.lift.dynamodb.idempotency.IdempotencyStore;
import dev.lift.dynamodb.ratelimit.RateLimiters;
import dev.lift.jwt.HmacKeySource;
import dev.lift.jwt.JwksKeySource;
import dev.lift.jwt.JwtConfig;
import dev.lift.jwt.JwtKeySource;
import dev.lift.jwt.JwtVerifier;
import dev.lift.runtime.health.CheckOptions;
import dev.lift.runtime.health.HealthRegistry;
import dev.lift.runtime.health.HealthStatus;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Everything the routes need, created once at init ({@code @PreWarm}) in dependency order: the
 * settings, the backend (DynamoDB or memory), the stores, the rate-limit budgets and idempotency
 * records of the annotations, the JWT verifier and the health checks.
 * A misconfiguration fails the init with a message naming the variable.
 */
public final class Resources {
  /** DescribeTable must answer within this; the registry waits a little longer. */
  static final Duration DYNAMO_CHECK_TIMEOUT = Duration.ofMillis(800);
  static final Duration HEALTH_CHECK_TIMEOUT = Duration.ofMillis(1500);

  private Resources() {}

  @PreWarm
  public static Settings settings() {
    return Settings.fromEnvironment();
  }

  @PreWarm
  public static Backend backend(Settings settings) {
    return Backend.of(settings);
  }

  @PreWarm
  public static AccountStore accounts(Settings settings, Backend backend) {
    return backend.dynamo()
        .<AccountStore>map(client -> new DynamoAccountStore(client, settings.accountsTable()))
        .orElseGet(InMemoryAccountStore::new);
  }

  @PreWarm
  public static PaymentStore payments(Settings settings, Backend backend) {
    return backend.dynamo()
        .<PaymentStore>map(client -> new DynamoPaymentStore(client, settings.paymentsTable()))
        .orElseGet(InMemoryPaymentStore::new);
  }

  /**
   * The budgets of {@code @RateLimit}: counted in DynamoDB, so that every container together
   * admits at most the limit, with the configured failure mode; in memory for local runs.
   */
  @PreWarm
  public static RateLimiters rateLimiters(Settings settings, Backend backend) {
    return backend.dynamo()
        .map(client -> RateLimiters.dynamo(client, settings.rateLimitTable(), settings.rateLimitFailureMode())
            .withCallTimeout(settings.rateLimitCallTimeout()))
        .orElseGet(RateLimiters::inMemory);
  }

  /** The records of {@code @Idempotent} (24 hours), in DynamoDB or, for local runs, in memory. */
  @PreWarm
  public static IdempotencyStore idempotency(Settings settings, Backend backend) {
    return backend.dynamo()
        .map(client -> new IdempotencyStore(client, IdempotencyConfig.defaults(settings.idempotencyTable())))
        .orElseGet(IdempotencyStore::inMemory);
  }

  /**
   * Tokens: RS256/ES256 from {@code PAYMENTS_JWKS_URL} (fetched now, at init), or HS256 with
   * {@code PAYMENTS_JWT_SECRET}; outside Lambda with neither, HS256 with {@link
   * Settings#LOCAL_DEVELOPMENT_SECRET}. Tokens must carry a {@code tenant_id} claim.
   */
  @PreWarm
  public static JwtVerifier jwtVerifier(Settings settings) {
    return new JwtVerifier(JwtConfig.builder(keys(settings))
        .issuer(settings.jwtIssuer())
        .audience(settings.jwtAudience())
        .requireTenant(true)
        .clockSkew(Duration.ofSeconds(30))
        .build());
  }

  static JwtKeySource keys(Settings settings) {
    if (settings.jwksUrl() != null && settings.jwtSecret() != null) {
      throw new IllegalStateException("Set either PAYMENTS_JWKS_URL or PAYMENTS_JWT_SECRET, not both");
    }
    if (settings.jwksUrl() != null) {
      return JwksKeySource.builder(URI.create(settings.jwksUrl())).build();
    }
    if (settings.jwtSecret() != null) {
      return HmacKeySource.ofText(settings.jwtSecret());
    }
    if (settings.inLambda()) {
      throw new IllegalStateException(
          "Set PAYMENTS_JWKS_URL (your identity provider's JWKS) or PAYMENTS_JWT_SECRET (HS256, 32+ bytes)");
    }
    System.err.println("{\"level\":\"WARN\",\"message\":\"payments-api: no PAYMENTS_JWKS_URL or "
        + "PAYMENTS_JWT_SECRET; accepting HS256 tokens signed with the local development secret\"}");
    return HmacKeySource.ofText(Settings.LOCAL_DEVELOPMENT_SECRET);
  }

  /**
   * {@code /health}: with DynamoDB, that the accounts table answers DescribeTable within {@link
   * #DYNAMO_CHECK_TIMEOUT} (a required check: {@code /health} and {@code /health/ready} answer 503
   * when it fails); in memory, always up. Results are reused for one second.
   */
  @PreWarm
  public static HealthRegistry health(Settings settings, Backend backend) {
    HealthRegistry registry = HealthRegistry.builder().cacheFor(Duration.ofSeconds(1)).build();
    if (backend.dynamo().isPresent()) {
      DynamoDbClient client = backend.dynamo().get();
      return registry.register("dynamodb",
          DynamoHealthChecks.table(client, settings.accountsTable(), DYNAMO_CHECK_TIMEOUT),
          CheckOptions.defaults().timeout(HEALTH_CHECK_TIMEOUT));
    }
    return registry.register("stores", () -> HealthStatus.up(Map.of("backend", "memory")));
  }
}
