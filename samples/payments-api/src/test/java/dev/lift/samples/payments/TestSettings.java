package dev.lift.samples.payments;

import java.util.HashMap;
import java.util.Map;

/** Settings for tests, from a map instead of the environment. */
final class TestSettings {
  private TestSettings() {}

  static Settings of(Map<String, String> values) {
    return Settings.from(values::get);
  }

  /** DynamoDB at {@code endpoint}, with tables named {@code <prefix>-accounts} and so on. */
  static Settings dynamo(String endpoint, String prefix) {
    return of(dynamoVariables(endpoint, prefix));
  }

  static Map<String, String> dynamoVariables(String endpoint, String prefix) {
    Map<String, String> values = new HashMap<>();
    values.put("LIFT_DYNAMODB_ENDPOINT", endpoint);
    values.put("PAYMENTS_ACCOUNTS_TABLE", prefix + "-accounts");
    values.put("PAYMENTS_PAYMENTS_TABLE", prefix + "-payments");
    values.put("PAYMENTS_RATE_LIMIT_TABLE", prefix + "-rate-limits");
    values.put("PAYMENTS_IDEMPOTENCY_TABLE", prefix + "-idempotency");
    values.put("PAYMENTS_CREATE_TABLES", "true");
    return values;
  }
}
