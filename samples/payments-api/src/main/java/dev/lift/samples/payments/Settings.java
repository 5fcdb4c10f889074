package dev.lift.samples.payments;

import dev.lift.dynamodb.DynamoClients;
import dev.lift.dynamodb.ratelimit.FailureMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The sample's configuration, read once at init from environment variables. Each variable may
 * also be given as a Java system property of the same name, which wins: {@code java
 * -DPAYMENTS_JWT_SECRET=... -jar payments-api.jar serve}, and tests that build handlers with
 * different settings in one JVM.
 *
 * <table>
 *   <caption>Variables</caption>
 *   <tr><td>{@value DynamoClients#ENDPOINT_ENV}</td><td>a DynamoDB-compatible endpoint (dynalite); with it, or in Lambda, the stores are DynamoDB</td></tr>
 *   <tr><td>{@code PAYMENTS_ACCOUNTS_TABLE}, {@code PAYMENTS_PAYMENTS_TABLE}, {@code PAYMENTS_RATE_LIMIT_TABLE}, {@code PAYMENTS_IDEMPOTENCY_TABLE}</td><td>table names</td></tr>
 *   <tr><td>{@code PAYMENTS_CREATE_TABLES}</td><td>{@code true}: create missing tables at init (local servers only; SAM declares them in AWS)</td></tr>
 *   <tr><td>{@code PAYMENTS_JWT_ISSUER}, {@code PAYMENTS_JWT_AUDIENCE}</td><td>the accepted {@code iss} and {@code aud}</td></tr>
 *   <tr><td>{@code PAYMENTS_JWKS_URL}</td><td>RS256/ES256 keys from the identity provider (required in Lambda unless a secret is set)</td></tr>
 *   <tr><td>{@code PAYMENTS_JWT_SECRET}</td><td>an HS256 secret of at least 32 bytes, instead of a JWKS URL</td></tr>
 *   <tr><td>{@code PAYMENTS_RATE_LIMIT_FAILURE_MODE}</td><td>{@code CLOSED} (default) or {@code OPEN}: what the payment rate limit does when DynamoDB fails</td></tr>
 *   <tr><td>{@code PAYMENTS_RATE_LIMIT_CALL_TIMEOUT_MS}</td><td>the most one rate-limit call to DynamoDB may take before the failure mode decides (default 1000)</td></tr>
 * </table>
 */
public record Settings(
    String dynamoEndpoint,
    boolean inLambda,
    String accountsTable,
    String paymentsTable,
    String rateLimitTable,
    String idempotencyTable,
    boolean createTables,
    String jwtIssuer,
    String jwtAudience,
    String jwksUrl,
    String jwtSecret,
    FailureMode rateLimitFailureMode,
    Duration rateLimitCallTimeout,
    Map<String, String> environment) {

  public static final String DEFAULT_ISSUER = "https://auth.payments.local";
  public static final String DEFAULT_AUDIENCE = "payments-api";
  /**
   * The HS256 secret used outside Lambda when neither a JWKS URL nor a secret is configured, so
   * that {@code serve} and the event files under {@code events/} work out of the box. It is public
   * (it is in this file): never accepted in Lambda.
   */
  public static final String LOCAL_DEVELOPMENT_SECRET = "lift-payments-local-development-secret-0123456789";

  /** The settings of this process: environment variables, overridden by system properties. */
  public static Settings fromEnvironment() {
    return from(name -> {
      String property = System.getProperty(name);
      return property != null ? property : System.getenv(name);
    });
  }

  static Settings from(UnaryOperator<String> source) {
    boolean inLambda = present(source.apply("AWS_LAMBDA_FUNCTION_NAME"));
    String endpoint = trimmed(source.apply(DynamoClients.ENDPOINT_ENV));
    String failureMode = or(source.apply("PAYMENTS_RATE_LIMIT_FAILURE_MODE"), "CLOSED").toUpperCase(Locale.ROOT);
    FailureMode mode;
    try {
      mode = FailureMode.valueOf(failureMode);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "PAYMENTS_RATE_LIMIT_FAILURE_MODE is OPEN or CLOSED, not '" + failureMode + "'");
    }
    // What DynamoClients reads: the region, the endpoint and whether this is Lambda.
    Map<String, String> environment = new LinkedHashMap<>();
    for (String name : new String[] {"AWS_REGION", DynamoClients.ENDPOINT_ENV, "AWS_LAMBDA_FUNCTION_NAME"}) {
      String value = source.apply(name);
      if (value != null) {
        environment.put(name, value);
      }
    }
    return new Settings(
        endpoint,
        inLambda,
        or(source.apply("PAYMENTS_ACCOUNTS_TABLE"), "payments-accounts"),
        or(source.apply("PAYMENTS_PAYMENTS_TABLE"), "payments-payments"),
        or(source.apply("PAYMENTS_RATE_LIMIT_TABLE"), "payments-rate-limits"),
        or(source.apply("PAYMENTS_IDEMPOTENCY_TABLE"), "payments-idempotency"),
        "true".equalsIgnoreCase(trimmed(source.apply("PAYMENTS_CREATE_TABLES"))),
        or(source.apply("PAYMENTS_JWT_ISSUER"), DEFAULT_ISSUER),
        or(source.apply("PAYMENTS_JWT_AUDIENCE"), DEFAULT_AUDIENCE),
        trimmed(source.apply("PAYMENTS_JWKS_URL")),
        source.apply("PAYMENTS_JWT_SECRET"),
        mode,
        Duration.ofMillis(millis(source.apply("PAYMENTS_RATE_LIMIT_CALL_TIMEOUT_MS"), 1000)),
        Map.copyOf(environment));
  }

  /**
   * DynamoDB when an endpoint is configured or the function runs in Lambda; otherwise the stores
   * are in memory (local runs with no AWS account).
   */
  public boolean useDynamo() {
    return dynamoEndpoint != null || inLambda;
  }

  private static long millis(String value, long fallback) {
    if (!present(value)) {
      return fallback;
    }
    try {
      long millis = Long.parseLong(value.trim());
      if (millis >= 1 && millis <= 60_000) {
        return millis;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("PAYMENTS_RATE_LIMIT_CALL_TIMEOUT_MS is 1 to 60000 milliseconds, not '" + value + "'");
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String trimmed(String value) {
    return present(value) ? value.trim() : null;
  }

  private static String or(String value, String fallback) {
    return present(value) ? value.trim() : fallback;
  }

  @Override
  public String toString() {
    // The secret stays out of logs.
    return "Settings[dynamo=" + (useDynamo() ? (dynamoEndpoint == null ? "AWS" : dynamoEndpoint) : "in memory")
        + ", tables=" + accountsTable + "," + paymentsTable + "," + rateLimitTable + "," + idempotencyTable
        + ", issuer=" + jwtIssuer + ", audience=" + jwtAudience
        + ", keys=" + (jwksUrl != null ? jwksUrl : jwtSecret != null ? "HS256 secret" : "none")
        + ", rateLimitFailureMode=" + rateLimitFailureMode + ", rateLimitCallTimeout=" + rateLimitCallTimeout + "]";
  }
}
