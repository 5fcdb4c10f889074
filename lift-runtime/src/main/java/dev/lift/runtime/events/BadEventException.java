package dev.lift.runtime.events;

/**
 * An event of a known kind that cannot be read: broken JSON, a missing or mistyped field. It fails
 * the invocation with the message, so Lambda's retry and dead-letter settings apply.
 */
public final class BadEventException extends RuntimeException {
  public BadEventException(String message) {
    super(message, null, false, false);
  }
}
