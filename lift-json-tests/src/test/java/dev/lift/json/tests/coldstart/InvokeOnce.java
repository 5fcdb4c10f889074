package dev.lift.json.tests.coldstart;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.lift.json.tests.coldstart.databind.DatabindColdApi;
import dev.lift.json.tests.coldstart.generated.LiftColdApi;
import dev.lift.json.tests.coldstart.handwritten.HandWrittenColdApi;
import dev.lift.json.tests.coldstart.handwritten.HandWrittenRecordsColdApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fresh JVM answering one event, as Lambda's first invocation does: creates the handler, runs
 * the event file through it and prints the response, and on standard error the time from creating the
 * handler to its answer and the wall-clock moment of the answer. {@code coldstart.sh} times it.
 *
 * <p>Usage: {@code InvokeOnce generated|databind|handwritten|handwritten-records EVENT_FILE}. The handler is chosen by
 * a switch, not by name, so that the probe loads no class it does not use.
 */
public final class InvokeOnce {
  /** Starts the line with the response, which class-loading logs may surround. */
  public static final String RESPONSE = "response: ";
  /** Starts the line, on standard error, with the microseconds from creating the handler to its answer. */
  public static final String HANDLER_MICROS = "handler micros: ";
  /** Starts the line, on standard error, with the wall-clock time of the answer, in microseconds since the epoch. */
  public static final String ANSWERED_EPOCH_MICROS = "answered epoch micros: ";

  private InvokeOnce() {}

  public static void main(String[] args) throws IOException {
    // Lambda's Java runtime reads the environment before it loads the handler (the static
    // initialiser of the runtime interface client's AWSLambda reads AWS_LAMBDA_INITIALIZATION_TYPE),
    // so no handler pays the JVM's first System.getenv (about 0.8 ms here); nor does one here.
    System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE");
    long start = System.nanoTime();
    RequestStreamHandler handler = switch (args[0]) {
      case "generated" -> new LiftColdApi();
      case "databind" -> new DatabindColdApi();
      case "handwritten" -> new HandWrittenColdApi();
      case "handwritten-records" -> new HandWrittenRecordsColdApi();
      default -> throw new IllegalArgumentException(
          "generated, databind, handwritten or handwritten-records, not " + args[0]);
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
      handler.handleRequest(in, out, null);
    }
    long elapsed = System.nanoTime() - start;
    // The moment of the answer, for the time from launch to answer: a cold start on Lambda ends
    // there, while the process's own exit can wait for the JIT (see coldstart.sh).
    java.time.Instant answered = java.time.Instant.now();
    // String.concat, not +: javac compiles + to an invokedynamic whose first bootstrap costs this
    // JVM about 10 ms, a cost of the probe that no handler should carry in its figures.
    System.out.println(RESPONSE.concat(out.toString(java.nio.charset.StandardCharsets.UTF_8)));
    // The handler's own part of the cold start (its creation and the first event), without the
    // JVM's start and exit: steadier than the process's wall time, for comparing handlers.
    System.err.println(HANDLER_MICROS.concat(Long.toString(elapsed / 1000)));
    System.err.println(ANSWERED_EPOCH_MICROS.concat(
        Long.toString(answered.getEpochSecond() * 1_000_000 + answered.getNano() / 1000)));
  }
}
