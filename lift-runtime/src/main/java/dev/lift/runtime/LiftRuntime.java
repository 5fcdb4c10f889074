package dev.lift.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Serves one invocation: decodes the HTTP event from the stream, runs the generated dispatcher,
 * turns every error into the standard error body, and writes the response in the event's shape.
 * Generated entry classes hold one instance and delegate {@code handleRequest} to it.
 */
public final class LiftRuntime {
  private final Dispatcher dispatcher;
  private final LiftConfig config;

  public LiftRuntime(Dispatcher dispatcher) {
    this(dispatcher, LiftConfig.fromEnvironment());
  }

  public LiftRuntime(Dispatcher dispatcher, LiftConfig config) {
    this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    this.config = Objects.requireNonNull(config, "config");
  }

  public void handle(InputStream in, OutputStream out, Context context) throws IOException {
    throw new UnsupportedOperationException("being written");
  }
}
