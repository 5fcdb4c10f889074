package dev.lift.runtime.http;

/** Which HTTP event shape a request came in; the response is written in the same shape. */
public enum EventKind {
  /** API Gateway REST API, payload format 1.0. */
  API_GATEWAY_V1,
  /** API Gateway HTTP API, payload format 2.0, and Lambda function URLs (same shape). */
  API_GATEWAY_V2,
  /** Application Load Balancer target group with single-value headers. */
  ALB,
  /** Application Load Balancer target group with multi-value headers turned on. */
  ALB_MULTI_VALUE
}
