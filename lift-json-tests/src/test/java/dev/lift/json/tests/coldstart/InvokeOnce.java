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
 * the event file through it and prints the response. {@code coldstart.sh} times it.
 *
 * <p>Usage: {@code InvokeOnce generated|databind|handwritten|handwritten-records EVENT_FILE}. The handler is chosen by
 * a switch, not by name, so that the probe loads no class it does not use.
 */
public final class InvokeOnce {
  /** Starts the line with the response, which class-loading logs may surround. */
  public static final String RESPONSE = "response: ";

  private InvokeOnce() {}

  public static void main(String[] args) throws IOException {
    // Lambda's Java runtime reads the environment before it loads the handler (the static
    // initialiser of the runtime interface client's AWSLambda reads AWS_LAMBDA_INITIALIZATION_TYPE),
    // so no handler pays the JVM's first System.getenv (about 0.8 ms here); nor does one here.
    System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE");
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
    System.out.println(RESPONSE + out.toString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
