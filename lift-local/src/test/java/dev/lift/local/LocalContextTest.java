package dev.lift.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalContextTest {
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private LocalContext context(Duration timeout) {
    return new LocalContext(timeout, new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  @Test
  void looksLikeALambdaContext() {
    LocalContext context = context(Duration.ofSeconds(3));
    String expectedName =
        System.getenv("AWS_LAMBDA_FUNCTION_NAME") == null ? "local" : System.getenv("AWS_LAMBDA_FUNCTION_NAME");

    assertEquals(expectedName, context.getFunctionName());
    assertEquals(512, context.getMemoryLimitInMB());
    assertEquals("$LATEST", context.getFunctionVersion());
    assertEquals(36, context.getAwsRequestId().length());
    assertNotEquals(context.getAwsRequestId(), context(Duration.ofSeconds(3)).getAwsRequestId());
    int remaining = context.getRemainingTimeInMillis();
    assertTrue(remaining > 2000 && remaining <= 3000, "remaining " + remaining);
  }

  @Test
  void remainingTimeCountsDownToZero() throws Exception {
    LocalContext context = context(Duration.ofMillis(20));
    Thread.sleep(40);
    assertEquals(0, context.getRemainingTimeInMillis());
  }

  @Test
  void loggerWritesOneLinePerCall() {
    LocalContext context = context(LocalContext.DEFAULT_TIMEOUT);
    context.getLogger().log("first");
    context.getLogger().log("second\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("first\nsecond\n", log.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  @Test
  void rejectsANonPositiveTimeout() {
    assertThrows(IllegalArgumentException.class, () -> context(Duration.ZERO));
  }
}
