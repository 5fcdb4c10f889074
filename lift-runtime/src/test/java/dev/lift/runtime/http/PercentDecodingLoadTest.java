package dev.lift.runtime.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.testing.FreshJvm;
import java.io.IOException;
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
    String output = FreshJvm.run(DecodeQueryOnce.class, "a=1&b=x+y");

    assertTrue(output.contains("a=1\n"), output);
    assertTrue(output.contains("dev.lift.runtime.http.QueryParameters "), "the probe can see the query read");
    assertFalse(output.contains(DECODER), "PercentDecoding was loaded");
  }

  @Test
  void aQueryWithAnEscapeLoadsIt() throws Exception {
    String output = FreshJvm.run(DecodeQueryOnce.class, "a=caf%C3%A9");

    assertTrue(output.contains("a=café\n"), output);
    assertTrue(output.contains(DECODER), "the probe can see PercentDecoding load");
  }

  private static String decodeInFreshJvm(String path) throws IOException, InterruptedException {
    return FreshJvm.run(DecodeSegmentOnce.class, path);
  }
}
