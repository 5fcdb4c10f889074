package dev.lift.runtime.event;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.EventKind;

/**
 * An HTTP event the decoder could not turn into a request; the runtime answers it with the error
 * body in the event's shape, carrying what the decoder learnt of the caller's ids.
 */
public abstract class UnreadableEventException extends LiftError {
  private final int kind;
  private String traceHeader;
  private String requestContextId;

  UnreadableEventException(int status, String code, String message, int kind) {
    super(status, code, message);
    this.kind = kind;
  }

  /** The event shape, {@link dev.lift.runtime.http.EventKind#UNKNOWN} when it could not be told. */
  public int kind() {
    return kind;
  }

  /** The {@code X-Amzn-Trace-Id} header of the event, when it was read before the problem. */
  public String traceHeader() {
    return traceHeader;
  }

  /** API Gateway's request id of the event, when it was read. */
  public String requestContextId() {
    return requestContextId;
  }

  void identify(String traceHeader, String requestContextId) {
    this.traceHeader = traceHeader;
    this.requestContextId = requestContextId;
  }
}
