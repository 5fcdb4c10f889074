package dev.lift.runtime.events;

/**
 * The application has no handler for the event: a kind it binds nothing to, or a queue, table,
 * bucket, topic, rule or source of a kind it does handle but not for that key. It fails the
 * invocation with a message naming what was received, so that a misconfigured trigger shows up in
 * Lambda's errors instead of being acknowledged silently.
 */
public final class UnhandledEventException extends RuntimeException {
  public UnhandledEventException(String message) {
    // No stack trace: the message says everything, and Lambda prints it as the invocation error.
    super(message, null, false, false);
  }
}
