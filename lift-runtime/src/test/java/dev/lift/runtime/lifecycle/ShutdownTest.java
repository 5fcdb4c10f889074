package dev.lift.runtime.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.testing.JsonTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs a JVM that registers resources and exits, and reads what its shutdown hook did. */
class ShutdownTest {
  /** The program the child JVM runs. */
  public static final class Program {
    public static void main(String[] args) {
      Shutdown.register("db", () -> System.out.println("closed db"));
      Shutdown.register("cache", () -> {
        throw new IOException("connection reset");
      });
      Shutdown.register("client", () -> System.out.println("closed client"));
      System.out.println("exiting");
    }
  }

  @Test
  void registeredResourcesCloseAtJvmExitLastFirstDespiteAFailure() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(
            java.toString(), "-cp", System.getProperty("java.class.path"), Program.class.getName())
        .redirectInput(ProcessBuilder.Redirect.PIPE)
        .start();
    child.getOutputStream().close();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(2, TimeUnit.MINUTES));

    assertEquals(0, child.exitValue(), err);
    assertEquals(List.of("exiting", "closed client", "closed db"), out.lines().toList());
    List<String> errors = err.lines().toList();
    assertEquals(1, errors.size(), err);
    assertEquals("cache", JsonTree.object(errors.get(0)).get("resource"));
  }
}
