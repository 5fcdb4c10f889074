package dev.lift.runtime.event;

import dev.lift.runtime.http.EventKind;

/**
 * A request body larger than {@link dev.lift.runtime.LiftConfig#maxBodyBytes()} once decoded.
 * Answers 413 {@code PAYLOAD_TOO_LARGE} in the shape of the event it came in.
 */
public final class EventTooLargeException extends UnreadableEventException {

  public EventTooLargeException(EventKind kind, int limit) {
    super(413, "PAYLOAD_TOO_LARGE", "Request body is larger than the limit of " + limit + " bytes", kind);
  }

}
