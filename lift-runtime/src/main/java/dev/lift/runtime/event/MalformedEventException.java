package dev.lift.runtime.event;

import dev.lift.runtime.http.EventKind;

/**
 * An HTTP event that cannot be read: broken or truncated JSON, a field of the wrong type, no
 * method or path, a body that is not the base64 it claims to be, a bad percent-escape in the query
 * string. Answers 400 {@code BAD_REQUEST}.
 *
 * <p>{@link #kind()} is the event shape when it could be told before the problem was found, so
 * the answer goes back in that shape; {@link dev.lift.runtime.http.EventKind#UNKNOWN} means the runtime answers in the minimal shape
 * every HTTP integration accepts.
 */
public final class MalformedEventException extends UnreadableEventException {

  public MalformedEventException(int kind, String message) {
    super(400, "BAD_REQUEST", message, kind);
  }

  /**
   * Typed as {@code RuntimeException}: a decoder that threw {@code new MalformedEventException(...)}
   * would have the verifier load this class (and its superclasses) on every cold start, not only
   * when an event is broken (see {@link dev.lift.runtime.error.Failures}).
   */
  static RuntimeException of(int kind, String message) {
    return new MalformedEventException(kind, message);
  }

}
