package dev.lift.runtime.events;

/** Carries a checked exception of an event handler out of the invocation, which it fails. */
public final class EventHandlerException extends RuntimeException {
  public EventHandlerException(Exception cause) {
    super(cause.toString(), cause);
  }
}
