package dev.lift.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.lift.runtime.error.LiftError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRunnerTest {
  private static final Path SHARED_HTTP_EVENT = Path.of("../../shared/events/apigw_http_event.json");

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(RequestStreamHandler handler, byte[] stdin, String... args) {
    return LocalRunner.run(
        args,
        handler,
        new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int run(RequestStreamHandler handler, String... args) {
    return run(handler, new byte[0], args);
  }

  @Test
  void invokePassesTheFileUnchangedAndPrintsTheHandlersOutputUnchanged() throws Exception {
    Path event = dir.resolve("event.json");
    byte[] eventBytes = "{\"version\":\"2.0\",\"rawPath\":\"/hello\"}".getBytes(StandardCharsets.UTF_8);
    Files.write(event, eventBytes);
    String output = "{ \"statusCode\" : 200, \"body\" : \"hi\" }";
    byte[][] received = new byte[1][];
    RequestStreamHandler handler =
        (in, o, context) -> {
          received[0] = in.readAllBytes();
          o.write(output.getBytes(StandardCharsets.UTF_8));
        };

    assertEquals(0, run(handler, "invoke", event.toString()));

    assertArrayEquals(eventBytes, received[0]);
    assertEquals(output + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void invokeRunsASharedSampleEventThroughTheHandler() throws Exception {
    EchoHandler handler = new EchoHandler();

    assertEquals(0, run(handler, "invoke", SHARED_HTTP_EVENT.toString(), "--timeout", "5"));

    assertArrayEquals(Files.readAllBytes(SHARED_HTTP_EVENT), handler.events.get(0));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("{\"statusCode\":200,"));
    int remaining = handler.contexts.get(0).getRemainingTimeInMillis();
    assertTrue(remaining > 0 && remaining <= 5000, "counts down from --timeout: " + remaining);
  }

  @Test
  void invokeReadsStandardInputForDash() {
    EchoHandler handler = new EchoHandler();

    assertEquals(0, run(handler, "{}".getBytes(StandardCharsets.UTF_8), "invoke", "-"));

    assertEquals("{}", new String(handler.events.get(0), StandardCharsets.UTF_8));
  }

  @Test
  void handlerExceptionPrintsItsMessageAndExitsWithOne() {
    RequestStreamHandler rejecting =
        (in, o, context) -> {
          o.write("partial".getBytes(StandardCharsets.UTF_8));
          throw LiftError.badRequest("Unsupported event: not an HTTP event");
        };

    assertEquals(1, run(rejecting, "invoke", SHARED_HTTP_EVENT.toString()));

    assertEquals("", out.toString(StandardCharsets.UTF_8), "no partial output on stdout");
    String error = err.toString(StandardCharsets.UTF_8);
    assertTrue(error.contains("Unsupported event: not an HTTP event"), error);
    assertTrue(!error.contains("\tat "), "a rejected event needs no stack trace: " + error);
  }

  @Test
  void unexpectedHandlerExceptionAlsoPrintsTheStackTrace() {
    RequestStreamHandler failing =
        (in, o, context) -> {
          throw new NullPointerException("no user");
        };

    assertEquals(1, run(failing, "invoke", SHARED_HTTP_EVENT.toString()));

    String error = err.toString(StandardCharsets.UTF_8);
    assertTrue(error.contains("no user") && error.contains("\tat "), error);
  }

  @Test
  void missingEventFileExitsWithOne() {
    assertEquals(1, run(new EchoHandler(), "invoke", dir.resolve("absent.json").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("absent.json"));
  }

  @Test
  void badCommandLinesPrintUsageAndExitWithTwo() {
    String[][] commandLines = {
      {},
      {"deploy"},
      {"invoke"},
      {"invoke", "a.json", "b.json"},
      {"invoke", "a.json", "--port", "9000"},
      {"serve", "--port"},
      {"serve", "--port", "eighty"},
      {"serve", "--port", "70000"},
      {"serve", "--verbose"},
      {"serve", "extra.json"},
      {"invoke", "a.json", "--timeout", "0"},
    };
    for (String[] args : commandLines) {
      err.reset();
      assertEquals(2, run(new EchoHandler(), args), String.join(" ", args));
      assertTrue(
          err.toString(StandardCharsets.UTF_8).contains("Usage:"), "usage for " + String.join(" ", args));
    }
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void serveOnABusyPortExitsWithOne() throws Exception {
    try (LocalServer taken = LocalServer.start(new EchoHandler(), "127.0.0.1", 0)) {
      String port = String.valueOf(taken.port());

      assertEquals(1, run(new EchoHandler(), "serve", "--port", port));

      assertTrue(err.toString(StandardCharsets.UTF_8).contains("Cannot serve on 127.0.0.1:" + port));
    }
  }
}
