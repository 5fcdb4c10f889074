package dev.lift.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lift.runtime.error.ErrorLog;
import dev.lift.runtime.error.ErrorResponses;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.event.EventTooLargeException;
import dev.lift.runtime.event.HttpEventDecoder;
import dev.lift.runtime.event.HttpResponseEncoder;
import dev.lift.runtime.event.MalformedEventException;
import dev.lift.runtime.event.NotAnHttpEventException;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.HttpMethod;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Serves one invocation: decodes the HTTP event from the stream, runs the generated dispatcher,
 * turns every error into the standard error body, and writes the response in the event's shape.
 * Generated entry classes hold one instance and delegate {@code handleRequest} to it.
 *
 * <ul>
 *   <li>A {@link LiftError} answers with its status and the standard error body ({@link
 *       ErrorResponses}); 5xx ones are also logged, since they mean something failed on our side.
 *   <li>Any other exception, and {@link StackOverflowError} and other {@link Error}s that are not
 *       {@link VirtualMachineError}s, is logged once as a JSON line ({@link ErrorLog}) and answers
 *       500 {@code INTERNAL} without any detail of the failure. Other virtual machine errors (out
 *       of memory) fail the invocation, so Lambda replaces the broken environment.
 *   <li>A document that is no HTTP event throws {@link NotAnHttpEventException} out of {@link
 *       #handle}, failing the invocation: there is nobody to answer.
 *   <li>{@code request_id} is Lambda's request id ({@link Context#getAwsRequestId()}), else API
 *       Gateway's; {@code trace_id} is the {@code X-Amzn-Trace-Id} header, else the X-Ray trace of
 *       the invocation (system property {@code com.amazonaws.xray.traceHeader}, set by the Java
 *       runtime, or environment variable {@code _X_AMZN_TRACE_ID}).
 * </ul>
 */
public final class LiftRuntime {
  private static final LiftError INTERNAL = LiftError.internal();

  private final Dispatcher dispatcher;
  private final LiftConfig config;

  public LiftRuntime(Dispatcher dispatcher) {
    this(dispatcher, LiftConfig.fromEnvironment());
  }

  public LiftRuntime(Dispatcher dispatcher, LiftConfig config) {
    this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Serves the event in {@code in}, writing the response to {@code out}.
   *
   * @throws NotAnHttpEventException when the event is no HTTP event
   * @throws IOException when a stream fails
   */
  public void handle(InputStream in, OutputStream out, Context context) throws IOException {
    Request request;
    try {
      request = HttpEventDecoder.decode(in, config);
    } catch (MalformedEventException e) {
      answerUnreadable(e.kind(), e, context, out);
      return;
    } catch (EventTooLargeException e) {
      answerUnreadable(e.kind(), e, context, out);
      return;
    }
    boolean head = request.methodCode() == HttpMethod.HEAD;
    HttpResponseEncoder.encode(request.kind(), head, respond(request, context), out);
  }

  private WireResponse respond(Request request, Context context) {
    try {
      WireResponse response = dispatcher.dispatch(request, context);
      if (response == null) {
        throw new IllegalStateException("The dispatcher returned no response");
      }
      return response;
    } catch (LiftError e) {
      String requestId = requestId(context, request);
      String traceId = traceId(request);
      if (e.status() >= 500) {
        ErrorLog.serverError(e, requestId, traceId, request.method(), request.path().raw());
      }
      return errorResponse(e, requestId, traceId, request);
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
        throw (VirtualMachineError) t;
      }
      if (t instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      String requestId = requestId(context, request);
      String traceId = traceId(request);
      ErrorLog.unexpected(t, requestId, traceId, request.method(), request.path().raw());
      return ErrorResponses.of(INTERNAL, requestId, traceId);
    }
  }

  /** The error body; details that cannot be written are a bug of their own, answered with 500. */
  private static WireResponse errorResponse(
      LiftError error, String requestId, String traceId, Request request) {
    try {
      return ErrorResponses.of(error, requestId, traceId);
    } catch (RuntimeException e) {
      String method = request == null ? "an unreadable" : request.method();
      String path = request == null ? "event" : request.path().raw();
      ErrorLog.unexpected(e, requestId, traceId, method, path);
      return ErrorResponses.of(INTERNAL, requestId, traceId);
    }
  }

  private static void answerUnreadable(
      EventKind kind, LiftError error, Context context, OutputStream out) throws IOException {
    String requestId = requestId(context, null);
    String traceId = traceId(null);
    // The method is unknown, so a HEAD request still gets its error body.
    HttpResponseEncoder.encode(kind, false, errorResponse(error, requestId, traceId, null), out);
  }

  private static String requestId(Context context, Request request) {
    String id = context == null ? null : context.getAwsRequestId();
    if (id == null && request != null) {
      id = request.requestContextId();
    }
    return id;
  }

  private static String traceId(Request request) {
    String trace = request == null ? null : request.traceHeader();
    if (trace == null) {
      trace = System.getProperty("com.amazonaws.xray.traceHeader");
    }
    if (trace == null) {
      trace = System.getenv("_X_AMZN_TRACE_ID");
    }
    return trace;
  }
}
