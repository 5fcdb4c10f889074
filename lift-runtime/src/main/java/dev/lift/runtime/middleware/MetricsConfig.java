package dev.lift.runtime.middleware;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where {@link MetricsMiddleware} files its metrics.
 *
 * @param namespace the CloudWatch namespace; from {@code LIFT_METRICS_NAMESPACE}, else {@value
 *     #DEFAULT_NAMESPACE}
 * @param service the {@code Service} dimension; from {@code AWS_LAMBDA_FUNCTION_NAME} (set by
 *     Lambda), else {@value #UNKNOWN_SERVICE} (local runs)
 */
public record MetricsConfig(String namespace, String service) {
  public static final String DEFAULT_NAMESPACE = "Lift";
  public static final String UNKNOWN_SERVICE = "unknown";

  public MetricsConfig {
    requireText(namespace, "namespace");
    requireText(service, "service");
  }

  /** From the environment, as described for each component. */
  public static MetricsConfig fromEnvironment() {
    // Not from(System::getenv): a JVM's first method reference costs the cold start its bootstrap.
    return of(System.getenv("LIFT_METRICS_NAMESPACE"), System.getenv("AWS_LAMBDA_FUNCTION_NAME"));
  }

  static MetricsConfig from(UnaryOperator<String> environment) {
    return of(environment.apply("LIFT_METRICS_NAMESPACE"), environment.apply("AWS_LAMBDA_FUNCTION_NAME"));
  }

  private static MetricsConfig of(String namespace, String functionName) {
    return new MetricsConfig(orDefault(namespace, DEFAULT_NAMESPACE), orDefault(functionName, UNKNOWN_SERVICE));
  }

  public MetricsConfig withNamespace(String namespace) {
    return new MetricsConfig(namespace, service);
  }

  public MetricsConfig withService(String service) {
    return new MetricsConfig(namespace, service);
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
