package dev.lift.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.lift.runtime.error.LiftError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a handler on a developer's machine, without deploying it:
 *
 * <pre>
 * invoke EVENT_FILE [--timeout S]                 one event through the handler, response on stdout
 * serve [--port N] [--host H] [--timeout S]       HTTP, as API Gateway's HTTP API would serve it
 * </pre>
 *
 * <p>An application's {@code main} passes its generated handler:
 * {@code LocalRunner.main(args, new LiftMyApi())}.
 */
public final class LocalRunner {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private static final String USAGE_TEXT =
      String.join(
          System.lineSeparator(),
          "Usage:",
          "  invoke EVENT_FILE [--timeout SECONDS]",
          "      Runs the event in EVENT_FILE (- for standard input) through the handler as Lambda",
          "      would and prints the handler's response.",
          "  serve [--port N] [--host H] [--timeout SECONDS]",
          "      Serves HTTP on http://H:N (default 127.0.0.1:8080) the way an API Gateway HTTP API",
          "      would: every request becomes a payload format 2.0 event.",
          "  --timeout is the function timeout the Context counts down from (default 30).");

  private LocalRunner() {}

  /** Runs a command; exits the JVM only on failure, so {@code serve} keeps running. */
  public static void main(String[] args, RequestStreamHandler handler) {
    int exitCode = run(args, handler, System.in, System.out, System.err);
    if (exitCode != OK) {
      System.exit(exitCode);
    }
  }

  /**
   * Runs a command and returns its exit code: 0 on success, 1 when the invocation failed, 2 for a
   * command line that could not be understood. {@code serve} returns only once the server has been
   * closed, which happens when the JVM shuts down.
   */
  public static int run(
      String[] args, RequestStreamHandler handler, InputStream stdin, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      return usage(err, "No command given.");
    }
    CommandLine line;
    try {
      line = CommandLine.parse(args);
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    switch (line.command) {
      case "invoke":
        if (line.operands.size() != 1 || line.port != null || line.host != null) {
          return usage(err, "invoke takes one event file and no --port or --host.");
        }
        return invoke(handler, line.operands.get(0), line.timeout, stdin, out, err);
      case "serve":
        if (!line.operands.isEmpty()) {
          return usage(err, "serve takes no file: " + line.operands.get(0));
        }
        return serve(handler, line, out, err);
      case "help":
      case "--help":
      case "-h":
        out.println(USAGE_TEXT);
        return OK;
      default:
        return usage(err, "Unknown command: " + line.command);
    }
  }

  private static int invoke(
      RequestStreamHandler handler,
      String file,
      Duration timeout,
      InputStream stdin,
      PrintStream out,
      PrintStream err) {
    byte[] event;
    try {
      event = file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
    } catch (IOException | RuntimeException e) {
      err.println("Cannot read the event file " + file + ": " + e);
      return FAILED;
    }
    ByteArrayOutputStream response = new ByteArrayOutputStream();
    try {
      handler.handleRequest(new ByteArrayInputStream(event), response, new LocalContext(timeout, err));
    } catch (Exception | Error failure) {
      err.println("The handler failed: " + describe(failure));
      if (!isClientError(failure)) {
        failure.printStackTrace(err);
      }
      return FAILED;
    }
    byte[] bytes = response.toByteArray();
    out.write(bytes, 0, bytes.length);
    if (bytes.length == 0 || bytes[bytes.length - 1] != '\n') {
      out.println();
    }
    out.flush();
    return OK;
  }

  private static int serve(
      RequestStreamHandler handler, CommandLine line, PrintStream out, PrintStream err) {
    String host = line.host == null ? "127.0.0.1" : line.host;
    int port = line.port == null ? 8080 : line.port;
    LocalServer server;
    try {
      server = LocalServer.start(handler, host, port, line.timeout, err);
    } catch (IOException | RuntimeException e) {
      err.println("Cannot serve on " + host + ":" + port + ": " + e.getMessage());
      return FAILED;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "lift-local-shutdown"));
    out.println(
        "Lift serving " + handler.getClass().getName() + " on " + server.uri() + " (Ctrl-C to stop)");
    out.flush();
    try {
      server.awaitClose();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    }
    return OK;
  }

  /** A rejected event (4xx) is the event's fault, not the code's: its stack trace is noise. */
  private static boolean isClientError(Throwable failure) {
    return failure instanceof LiftError && ((LiftError) failure).status() < 500;
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getName() : message;
  }

  private static int usage(PrintStream err, String problem) {
    err.println(problem);
    err.println(USAGE_TEXT);
    return USAGE;
  }

  /** The command, its operands and its options, in any order after the command. */
  private static final class CommandLine {
    String command;
    final List<String> operands = new ArrayList<>();
    Integer port;
    String host;
    Duration timeout = LocalContext.DEFAULT_TIMEOUT;

    static CommandLine parse(String[] args) {
      CommandLine line = new CommandLine();
      line.command = args[0];
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--port":
            line.port = number(arg, value(args, ++i, arg), 0, 65535);
            break;
          case "--host":
            line.host = value(args, ++i, arg);
            break;
          case "--timeout":
            line.timeout = Duration.ofSeconds(number(arg, value(args, ++i, arg), 1, 900));
            break;
          default:
            if (arg.startsWith("--")) {
              throw new IllegalArgumentException("Unknown option: " + arg);
            }
            line.operands.add(arg);
        }
      }
      return line;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value.");
      }
      return args[i];
    }

    private static int number(String option, String value, int min, int max) {
      try {
        int number = Integer.parseInt(value);
        if (number >= min && number <= max) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(
          option + " must be a whole number from " + min + " to " + max + ", got '" + value + "'.");
    }
  }
}
