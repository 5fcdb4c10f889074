package dev.lift.tests.support;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Invokes a handler the way the Lambda Java runtime does: the event's bytes in, the response's
 * bytes out, with a {@link TestContext} whose request id is unique to the invocation.
 */
public final class Lambda {
  private static final AtomicInteger INVOCATIONS = new AtomicInteger();

  private Lambda() {}

  public static Reply invoke(RequestStreamHandler handler, HttpEvent event) {
    return invoke(handler, event.json());
  }

  public static Reply invoke(RequestStreamHandler handler, String eventJson) {
    return invoke(handler, eventJson, newContext());
  }

  public static Reply invoke(RequestStreamHandler handler, String eventJson, TestContext context) {
    try {
      return Reply.parse(handle(handler, eventJson, context), context.getAwsRequestId());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the handler and returns what it wrote; exceptions escape as they would to Lambda. */
  public static byte[] handle(RequestStreamHandler handler, String eventJson, TestContext context)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)), out, context);
    return out.toByteArray();
  }

  /** {@link #handle} with a fresh context, checked exceptions wrapped. */
  public static byte[] written(RequestStreamHandler handler, String eventJson) {
    try {
      return handle(handler, eventJson, newContext());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TestContext newContext() {
    return new TestContext("req-" + INVOCATIONS.incrementAndGet() + "-7c1a2b3d");
  }
}
