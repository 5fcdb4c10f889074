package dev.lift.runtime.events;

/**
 * A message body (SQS, SNS), EventBridge {@code detail} or WebSocket body that does not decode into
 * the handler's {@code @Body} type. An SQS message with such a body is reported failed and logged
 * with its id; elsewhere it fails like any exception of the handler.
 */
public final class UndecodableBodyException extends RuntimeException {
  /** Typed {@code RuntimeException}, for the reason {@code EventBodies.json} gives. */
  static RuntimeException of(String message, Throwable cause) {
    return new UndecodableBodyException(message, cause);
  }

  public UndecodableBodyException(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
