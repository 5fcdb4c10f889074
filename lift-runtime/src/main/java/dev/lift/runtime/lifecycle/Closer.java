package dev.lift.runtime.lifecycle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import dev.lift.runtime.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Closes resources in the reverse order of registration (what was created last, and may use what
 * came before, goes first). Every resource gets its turn: a failure is logged as one JSON line on
 * standard error and the next resource is closed anyway.
 *
 * <pre>{@code
 * {"level":"ERROR","message":"Closing 'db' failed","resource":"db","exception":"java.io.IOException: reset","stack_trace":"..."}
 * }</pre>
 *
 * <p>Thread-safe. Closing twice does nothing; a resource registered after {@link #close()} is
 * closed at once.
 */
public final class Closer implements AutoCloseable {
  private final Consumer<String> log;
  private final List<Named> resources = new ArrayList<>();
  private boolean closed;

  /** Logs failures to standard error. */
  public Closer() {
    // Not a lambda: the first one of a JVM costs the cold start its bootstrap.
    this(new Consumer<String>() {
      @Override
      public void accept(String line) {
        PrintStream err = System.err;
        err.println(line);
        err.flush();
      }
    });
  }

  /** Logs failures, one JSON line each, to {@code log}. */
  public Closer(Consumer<String> log) {
    this.log = Objects.requireNonNull(log, "log");
  }

  /** Adds a resource to close; {@code name} is how a failure log names it. */
  public void register(String name, AutoCloseable resource) {
    Named named = new Named(Objects.requireNonNull(name, "name"), Objects.requireNonNull(resource, "resource"));
    synchronized (resources) {
      if (!closed) {
        resources.add(named);
        return;
      }
    }
    closeOne(named);
  }

  /**
   * Closes every registered resource, last registered first.
   *
   * @return how many failed to close (each one is logged)
   */
  public int closeAll() {
    List<Named> toClose;
    synchronized (resources) {
      if (closed) {
        return 0;
      }
      closed = true;
      toClose = new ArrayList<>(resources);
      resources.clear();
    }
    int failures = 0;
    for (int i = toClose.size() - 1; i >= 0; i--) {
      if (!closeOne(toClose.get(i))) {
        failures++;
      }
    }
    return failures;
  }

  /** {@link #closeAll()}. */
  @Override
  public void close() {
    closeAll();
  }

  private boolean closeOne(Named named) {
    try {
      named.resource.close();
      return true;
    } catch (Exception | LinkageError | AssertionError e) {
      try {
        log.accept(failureLine(named.name, e));
      } catch (RuntimeException logFailure) {
        // Logging must not stop the other resources from closing.
      }
      return false;
    }
  }

  static String failureLine(String name, Throwable failure) {
    SegmentedStringWriter text = new SegmentedStringWriter(Json.FACTORY._getBufferRecycler());
    try {
      try (JsonGenerator json = Json.FACTORY.createGenerator(text)) {
        json.writeStartObject();
        json.writeStringField("level", "ERROR");
        json.writeStringField("message", "Closing '" + name + "' failed");
        json.writeStringField("resource", name);
        json.writeStringField("exception", String.valueOf(failure));
        json.writeStringField("stack_trace", stackTrace(failure));
        json.writeEndObject();
      }
      return text.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String stackTrace(Throwable t) {
    StringWriter trace = new StringWriter();
    try (PrintWriter writer = new PrintWriter(trace)) {
      t.printStackTrace(writer);
    }
    return trace.toString();
  }

  private record Named(String name, AutoCloseable resource) {}
}
