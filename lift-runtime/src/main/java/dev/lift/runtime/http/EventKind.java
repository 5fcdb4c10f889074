package dev.lift.runtime.http;

/**
 * Which HTTP event shape a request came in; the response is written in the same shape. Numbers
 * rather than an enum, as {@link HttpMethod} does for methods: the constants are compiled into the
 * code that uses them, so a cold start loads no class for them (an enum costs one, about 0.3 ms).
 */
public final class EventKind {
  /** A shape that could not be told (an unreadable event): answered in a shape every source accepts. */
  public static final int UNKNOWN = 0;
  /** API Gateway REST API, payload format 1.0. */
  public static final int API_GATEWAY_V1 = 1;
  /** API Gateway HTTP API, payload format 2.0, and Lambda function URLs (same shape). */
  public static final int API_GATEWAY_V2 = 2;
  /** Application Load Balancer target group with single-value headers. */
  public static final int ALB = 3;
  /** Application Load Balancer target group with multi-value headers turned on. */
  public static final int ALB_MULTI_VALUE = 4;

  private EventKind() {}

  /** Every known shape, {@link #UNKNOWN} excluded. */
  public static int[] values() {
    return new int[] {API_GATEWAY_V1, API_GATEWAY_V2, ALB, ALB_MULTI_VALUE};
  }

  /** The constant's name, for messages and tests: {@code "API_GATEWAY_V2"}. */
  public static String name(int kind) {
    switch (kind) {
      case API_GATEWAY_V1: return "API_GATEWAY_V1";
      case API_GATEWAY_V2: return "API_GATEWAY_V2";
      case ALB: return "ALB";
      case ALB_MULTI_VALUE: return "ALB_MULTI_VALUE";
      default: return "UNKNOWN";
    }
  }
}
