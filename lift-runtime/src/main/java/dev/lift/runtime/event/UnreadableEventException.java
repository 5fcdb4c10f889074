package dev.lift.runtime.event;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lift.runtime.error.ErrorResponses;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.Exchange;
import java.io.IOException;
import java.io.OutputStream;

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

  /**
   * Writes this error's answer in the event's shape: the standard error body with Lambda's request
   * id (else API Gateway's) and the trace id. The method is unknown, so a {@code HEAD} request
   * still gets its body. Here rather than in {@code LiftRuntime}, which would have the verifier
   * load this class and {@code LiftError} on every cold start to check the call.
   */
  public void answer(Context context, OutputStream out) throws IOException {
    String requestId = context == null ? null : context.getAwsRequestId();
    if (requestId == null) {
      requestId = requestContextId;
    }
    HttpEvents.encode(kind, false, ErrorResponses.of(this, requestId, Exchange.traceId(traceHeader)), out);
  }

  void identify(String traceHeader, String requestContextId) {
    this.traceHeader = traceHeader;
    this.requestContextId = requestContextId;
  }
}
