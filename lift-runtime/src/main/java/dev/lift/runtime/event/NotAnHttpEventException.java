package dev.lift.runtime.event;

/**
 * The function was invoked with a JSON document that is no HTTP event: an SQS batch, an
 * EventBridge event, a WebSocket message, a bare array. There is no HTTP caller to answer, so the
 * runtime lets this fail the invocation and Lambda reports the message.
 */
public final class NotAnHttpEventException extends RuntimeException {
  public NotAnHttpEventException(String message) {
    // No stack trace: the message says everything, and Lambda prints it as the invocation error.
    super(message, null, false, false);
  }

  /**
   * Typed as {@link RuntimeException}: a decoder that threw {@code new NotAnHttpEventException(...)}
   * would have the verifier load this class on every cold start, not only for other events.
   */
  static RuntimeException of(String message) {
    return new NotAnHttpEventException(message);
  }
}
