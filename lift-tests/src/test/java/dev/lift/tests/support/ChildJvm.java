package dev.lift.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@code main} class of the test class path in a fresh JVM and returns what it printed:
 * for what one JVM can do only once (initialise {@code org.crac}, run shutdown hooks, load a class
 * for the first time).
 */
public final class ChildJvm {
  private final List<String> jvmOptions = new ArrayList<>();
  private final List<String> removedEnvironment = new ArrayList<>(
      List.of("LIFT_PRIME_AT_INIT", "AWS_LAMBDA_INITIALIZATION_TYPE", "_X_AMZN_TRACE_ID"));
  private final Map<String, String> environment = new java.util.LinkedHashMap<>();

  public ChildJvm option(String option) {
    jvmOptions.add(option);
    return this;
  }

  public ChildJvm env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Runs {@code main} with {@code args}; fails unless the JVM exits with 0. */
  public Output run(Class<?> main, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    File stderr = File.createTempFile("child-jvm", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr);
      removedEnvironment.forEach(builder.environment()::remove);
      builder.environment().putAll(environment);
      Process child = builder.start();
      child.getOutputStream().close();
      String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(child.waitFor(2, TimeUnit.MINUTES), "the child JVM did not end");
      String err = Files.readString(stderr.toPath());
      assertEquals(0, child.exitValue(), "child JVM failed:\n" + err + "\n" + out);
      return new Output(out.lines().toList(), err);
    } finally {
      Files.deleteIfExists(stderr.toPath());
    }
  }

  /** The child's standard output, line by line, and its standard error. */
  public record Output(List<String> lines, String err) {
    /** The index of the one line equal to {@code line}. */
    public int indexOf(String line) {
      int at = lines.indexOf(line);
      assertTrue(at >= 0, () -> "no line '" + line + "' in:\n" + String.join("\n", lines));
      assertEquals(at, lines.lastIndexOf(line), () -> "the line '" + line + "' appears twice");
      return at;
    }

    /** The index of the line {@code -Xlog:class+load} prints when {@code className} is loaded, or -1. */
    public int loaded(String className) {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("[class,load] " + className + " ")) {
          return i;
        }
      }
      return -1;
    }

    /** The lines starting with {@code prefix}, in order. */
    public List<String> starting(String prefix) {
      return lines.stream().filter(l -> l.startsWith(prefix)).toList();
    }

    @Override
    public String toString() {
      return String.join("\n", lines) + (err.isEmpty() ? "" : "\n--- stderr ---\n" + err);
    }
  }
}
