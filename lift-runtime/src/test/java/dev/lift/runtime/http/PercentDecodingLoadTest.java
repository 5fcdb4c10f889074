package dev.lift.runtime.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Path variables without an escape are taken out without loading {@link PercentDecoding}: one
 * class fewer for a cold start whose first request binds {@code /users/42}. Seen in a fresh JVM's
 * class-loading log.
 */
class PercentDecodingLoadTest {
  private static final String DECODER = "dev.lift.runtime.http.PercentDecoding ";

  @Test
  void aVariableWithoutEscapesLeavesTheDecoderUnloaded() throws Exception {
    String output = decodeInFreshJvm("/users/42/x");

    assertTrue(output.contains("segment=42\n"), output);
    assertTrue(output.contains("rest=42/x\n"), output);
    assertTrue(output.contains("dev.lift.runtime.http.Request "), "the probe can see Request load");
    assertFalse(output.contains(DECODER), "PercentDecoding was loaded");
  }

  @Test
  void aVariableWithAnEscapeLoadsIt() throws Exception {
    String output = decodeInFreshJvm("/users/caf%C3%A9");

    assertTrue(output.contains("segment=café\n"), output);
    assertTrue(output.contains(DECODER), "the probe can see PercentDecoding load");
  }

  @Test
  void aQueryWithoutEscapesLeavesTheDecoderUnloaded() throws Exception {
    String output = runInFreshJvm(DecodeQueryOnce.class, "a=1&b=x+y");

    assertTrue(output.contains("a=1\n"), output);
    assertTrue(output.contains("dev.lift.runtime.http.QueryParameters "), "the probe can see the query read");
    assertFalse(output.contains(DECODER), "PercentDecoding was loaded");
  }

  @Test
  void aQueryWithAnEscapeLoadsIt() throws Exception {
    String output = runInFreshJvm(DecodeQueryOnce.class, "a=caf%C3%A9");

    assertTrue(output.contains("a=café\n"), output);
    assertTrue(output.contains(DECODER), "the probe can see PercentDecoding load");
  }

  private static String decodeInFreshJvm(String path) throws IOException, InterruptedException {
    return runInFreshJvm(DecodeSegmentOnce.class, path);
  }

  private static String runInFreshJvm(Class<?> main, String argument) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-Xshare:auto", "-Xlog:class+load=info",
            "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
            "-cp", System.getProperty("java.class.path"), main.getName(), argument))
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertEquals(0, process.waitFor(), output);
    return output;
  }
}
