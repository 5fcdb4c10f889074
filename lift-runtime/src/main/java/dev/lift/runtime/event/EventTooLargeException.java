package dev.lift.runtime.event;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.EventKind;

/**
 * A request body larger than {@link dev.lift.runtime.LiftConfig#maxBodyBytes()} once decoded.
 * Answers 413 {@code PAYLOAD_TOO_LARGE} in the shape of the event it came in.
 */
public final class EventTooLargeException extends LiftError {
  private final EventKind kind;

  public EventTooLargeException(EventKind kind, int limit) {
    super(413, "PAYLOAD_TOO_LARGE", "Request body is larger than the limit of " + limit + " bytes");
    this.kind = kind;
  }

  /** The event shape the answer goes back in. */
  public EventKind kind() {
    return kind;
  }
}
