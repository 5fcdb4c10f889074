package dev.lift.dynamodb;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Creates the DynamoDB client, once, at init: as a {@code @PreWarm} resource it is built before
 * the first request (and before a SnapStart snapshot), and Lift closes it at shutdown.
 *
 * <pre>{@code
 * @PreWarm public static DynamoDbClient dynamo() { return DynamoClients.fromEnvironment(); }
 * }</pre>
 *
 * <p>Choices made for Lambda's cold start:
 *
 * <ul>
 *   <li>The URL connection HTTP client (the JDK's own {@code HttpURLConnection}): no thread pools
 *       and no extra jars to load, unlike the Apache and Netty clients, which this module keeps off
 *       the classpath. It is set explicitly, so the SDK never searches for one.
 *   <li>The region is {@code AWS_REGION} (Lambda sets it), default {@code us-east-1}, never
 *       looked up through the SDK's provider chain.
 *   <li>Credentials: in Lambda ({@code AWS_LAMBDA_FUNCTION_NAME} set) the environment variables
 *       Lambda provides, read directly; elsewhere the SDK's default chain (profiles, SSO, ...).
 * </ul>
 *
 * <p>{@value #ENDPOINT_ENV} overrides the endpoint, for a local DynamoDB-compatible server
 * (dynalite, as the tests use): then fixed dummy credentials are used, since a local server
 * checks none and no real credentials should be sent to it.
 */
public final class DynamoClients {
  /** The environment variable with an endpoint override, for example {@code http://127.0.0.1:4567}. */
  public static final String ENDPOINT_ENV = "LIFT_DYNAMODB_ENDPOINT";
  public static final String DEFAULT_REGION = "us-east-1";

  private DynamoClients() {}

  /** A client configured from the process environment (see the class comment). */
  public static DynamoDbClient fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /** A client configured from {@code env} instead of the process environment (tests, tools). */
  public static DynamoDbClient fromEnvironment(Map<String, String> env) {
    return builder(env).build();
  }

  /** A builder preset from {@code env}: endpoint, region and credentials as described above. */
  public static Builder builder(Map<String, String> env) {
    Builder builder = new Builder();
    String region = env.get("AWS_REGION");
    builder.region(region == null || region.isBlank() ? DEFAULT_REGION : region);
    String endpoint = env.get(ENDPOINT_ENV);
    if (endpoint != null && !endpoint.isBlank()) {
      builder.endpoint(URI.create(endpoint.trim()));
    } else if (env.get("AWS_LAMBDA_FUNCTION_NAME") != null) {
      builder.credentials(EnvironmentVariableCredentialsProvider.create());
    }
    return builder;
  }

  /** A builder with no preset: region {@value #DEFAULT_REGION}, the SDK's default credentials. */
  public static Builder builder() {
    return new Builder();
  }

  /** The enhanced (typed) client over {@code client}; cheap, but make it once too. */
  public static DynamoDbEnhancedClient enhanced(DynamoDbClient client) {
    return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
  }

  /** Client options. Timeouts default to values that suit a request handler, not a batch job. */
  public static final class Builder {
    private URI endpoint;
    private String region = DEFAULT_REGION;
    private AwsCredentialsProvider credentials;
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration socketTimeout = Duration.ofSeconds(5);
    private Duration apiCallTimeout = Duration.ofSeconds(10);

    private Builder() {}

    /** A local or alternative endpoint; also switches to dummy credentials unless some are set. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    public Builder credentials(AwsCredentialsProvider credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** How long to wait for a TCP connection (default 2 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /** How long to wait for response bytes (default 5 s). */
    public Builder socketTimeout(Duration timeout) {
      this.socketTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /** The most one call may take, retries included (default 10 s). */
    public Builder apiCallTimeout(Duration timeout) {
      this.apiCallTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /** The endpoint override, or {@code null}. */
    public URI endpoint() {
      return endpoint;
    }

    public String region() {
      return region;
    }

    public DynamoDbClient build() {
      AwsCredentialsProvider chosen = credentials;
      if (chosen == null) {
        chosen = endpoint != null
            ? StaticCredentialsProvider.create(AwsBasicCredentials.create("lift-local", "lift-local"))
            : DefaultCredentialsProvider.builder().build();
      }
      Duration callTimeout = apiCallTimeout;
      var builder = DynamoDbClient.builder()
          .region(Region.of(region))
          .credentialsProvider(chosen)
          .httpClient(UrlConnectionHttpClient.builder()
              .connectionTimeout(connectTimeout)
              .socketTimeout(socketTimeout)
              .build())
          .overrideConfiguration(o -> o.apiCallTimeout(callTimeout));
      if (endpoint != null) {
        builder.endpointOverride(endpoint);
      }
      return builder.build();
    }
  }
}
