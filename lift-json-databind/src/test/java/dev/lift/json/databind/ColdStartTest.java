package dev.lift.json.databind;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Creating codecs must not start databind, whose first mapper is a cold-start cost: generated
 * dispatchers may create codecs for routes that are never called. Each case runs a fresh JVM and
 * watches which classes it loads.
 */
class ColdStartTest {
  private static final String OBJECT_MAPPER = "com.fasterxml.jackson.databind.ObjectMapper ";

  @Test
  void creatingCodecsDoesNotLoadTheMapper() throws Exception {
    assertFalse(loadedClasses("create").contains(OBJECT_MAPPER));
  }

  @Test
  void readingTheFirstBodyLoadsTheMapper() throws Exception {
    // Proves the probe can see the mapper load, so the case above can fail.
    assertTrue(loadedClasses("read").contains(OBJECT_MAPPER));
  }

  private static String loadedClasses(String mode) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xshare:off",
                    "-Xlog:class+load=info:stdout",
                    "-cp",
                    System.getProperty("java.class.path"),
                    ColdStartProbe.class.getName(),
                    mode))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertEquals(0, process.waitFor(), output);
    return output;
  }
}
