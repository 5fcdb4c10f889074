package dev.lift.runtime.event;

import dev.lift.runtime.http.EventKind;

/**
 * A request body larger than {@link dev.lift.runtime.LiftConfig#maxBodyBytes()} once decoded.
 * Answers 413 {@code PAYLOAD_TOO_LARGE} in the shape of the event it came in.
 */
public final class EventTooLargeException extends UnreadableEventException {

  public EventTooLargeException(int kind, int limit) {
    super(413, "PAYLOAD_TOO_LARGE", "Request body is larger than the limit of " + limit + " bytes", kind);
  }

  /**
   * Typed as {@code RuntimeException}: a decoder that threw {@code new EventTooLargeException(...)}
   * would have the verifier load this class (and its superclasses) on every cold start, not only
   * when an event is broken (see {@link dev.lift.runtime.error.Failures}).
   */
  static RuntimeException of(int kind, int limit) {
    return new EventTooLargeException(kind, limit);
  }

}
