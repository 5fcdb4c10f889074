package dev.lift.tests.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Captures {@link System#err} while open, where Lift's {@code ErrorLog} writes (it looks the
 * stream up each time it logs). Restores the original stream on close.
 *
 * <pre>{@code
 * try (StandardError err = StandardError.capture()) {
 *   ...
 *   assertEquals(1, err.lines().size());
 * }
 * }</pre>
 */
public final class StandardError implements AutoCloseable {
  private final PrintStream original;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  private StandardError() {
    original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  public static StandardError capture() {
    return new StandardError();
  }

  /** The non-empty lines written so far. */
  public List<String> lines() {
    System.err.flush();
    String text = captured.toString(StandardCharsets.UTF_8);
    return Arrays.stream(text.split("\\R")).filter(line -> !line.isEmpty()).toList();
  }

  @Override
  public void close() {
    System.err.flush();
    System.setErr(original);
  }
}
