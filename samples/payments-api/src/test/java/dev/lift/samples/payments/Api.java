package dev.lift.samples.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.local.LocalContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * One instance of the GENERATED handler ({@link LiftPaymentsApi}), a "container", created with
 * chosen settings, and invoked the way the Lambda Java runtime does: event bytes in, response
 * bytes out.
 */
final class Api {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] VARIABLES = {
    "LIFT_DYNAMODB_ENDPOINT", "AWS_LAMBDA_FUNCTION_NAME", "PAYMENTS_ACCOUNTS_TABLE", "PAYMENTS_PAYMENTS_TABLE",
    "PAYMENTS_RATE_LIMIT_TABLE", "PAYMENTS_IDEMPOTENCY_TABLE", "PAYMENTS_CREATE_TABLES", "PAYMENTS_JWT_ISSUER",
    "PAYMENTS_JWT_AUDIENCE", "PAYMENTS_JWKS_URL", "PAYMENTS_JWT_SECRET", "PAYMENTS_RATE_LIMIT_FAILURE_MODE",
    "PAYMENTS_RATE_LIMIT_CALL_TIMEOUT_MS"
  };

  private final LiftPaymentsApi handler;

  private Api(LiftPaymentsApi handler) {
    this.handler = handler;
  }

  /** In-memory stores, HS256 tokens with {@link Tokens#SECRET}. */
  static Api inMemory() {
    return start(hs256(new HashMap<>()));
  }

  /**
   * DynamoDB at {@code endpoint}, tables {@code <prefix>-...} (created if missing), HS256 tokens.
   * The rate limiter's DynamoDB calls get 5 s instead of 1 s: on a loaded test machine dynalite
   * can be slower than a second, and a call past its timeout counts as a DynamoDB failure.
   */
  static Api dynamo(String endpoint, String prefix, Map<String, String> extra) {
    Map<String, String> variables = hs256(TestSettings.dynamoVariables(endpoint, prefix));
    variables.put("PAYMENTS_RATE_LIMIT_CALL_TIMEOUT_MS", "5000");
    variables.putAll(extra);
    return start(variables);
  }

  static Map<String, String> hs256(Map<String, String> variables) {
    variables.put("PAYMENTS_JWT_SECRET", Tokens.SECRET);
    variables.put("PAYMENTS_JWT_ISSUER", Tokens.ISSUER);
    variables.put("PAYMENTS_JWT_AUDIENCE", Tokens.AUDIENCE);
    return variables;
  }

  /**
   * Creates the handler with {@code variables} as its configuration ({@link Settings} lets system
   * properties stand in for environment variables). Synchronized: the properties are process-wide,
   * set only while the generated constructor runs the {@code @PreWarm} providers.
   */
  static synchronized Api start(Map<String, String> variables) {
    for (String name : VARIABLES) {
      System.clearProperty(name);
    }
    variables.forEach(System::setProperty);
    try {
      return new Api(new LiftPaymentsApi());
    } finally {
      for (String name : VARIABLES) {
        System.clearProperty(name);
      }
    }
  }

  /** The generated handler itself, for lift-local. */
  LiftPaymentsApi handler() {
    return handler;
  }

  Reply send(ApiEvent event) {
    return send(event.toJson());
  }

  Reply send(String eventJson) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)), out,
          new LocalContext(Duration.ofSeconds(30), new PrintStream(OutputStream.nullOutputStream())));
      return new Reply(JSON.readTree(out.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A response in API Gateway 2.0 shape. */
  record Reply(JsonNode raw) {
    int status() {
      return raw.path("statusCode").asInt();
    }

    /** A header by name, case-insensitive, or null. */
    String header(String name) {
      Iterator<Map.Entry<String, JsonNode>> fields = raw.path("headers").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().equalsIgnoreCase(name)) {
          return field.getValue().asText();
        }
      }
      return null;
    }

    String body() {
      return raw.path("body").asText();
    }

    JsonNode json() {
      try {
        return JSON.readTree(body());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body(), e);
      }
    }

    /** Asserts the status and, for errors, Lift's standard error body with {@code code}. */
    Reply expect(int status, String code) {
      assertEquals(status, status(), this::toString);
      if (code != null) {
        assertEquals(code, json().path("code").asText(), this::toString);
      }
      return this;
    }

    Reply expect(int status) {
      return expect(status, null);
    }

    @Override
    public String toString() {
      return raw.toString();
    }
  }
}
