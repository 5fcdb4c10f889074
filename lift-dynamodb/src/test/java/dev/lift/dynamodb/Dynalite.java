package dev.lift.dynamodb;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * dynalite, a DynamoDB-compatible server in memory, started by the tests themselves through
 * {@code scripts/dynalite.sh} (which installs the pinned version with npm the first time). The
 * shared instance starts once per test JVM and stops in a shutdown hook; {@link #startSeparate}
 * starts others that a test stops itself.
 *
 * <p>Without {@code node} and {@code npm} the tests fail, saying so: they are never skipped.
 */
public final class Dynalite implements AutoCloseable {
  /** npm ci on a cold machine, then the server start: bounded, generously. */
  private static final long START_TIMEOUT_SECONDS = 240;

  private static Dynalite shared;

  private final Path stateDir;
  private final URI endpoint;

  private Dynalite(Path stateDir, URI endpoint) {
    this.stateDir = stateDir;
    this.endpoint = endpoint;
  }

  /** The instance shared by every test of this JVM. */
  public static synchronized Dynalite shared() {
    if (shared == null) {
      Path state = Paths.get(System.getProperty("lift.dynalite.state", "target/dynalite")).toAbsolutePath();
      shared = start(state.resolve("shared"));
      Dynalite started = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "dynalite-stop"));
    }
    return shared;
  }

  /** Another instance, in its own state folder; close it when done. */
  public static Dynalite startSeparate(String name) {
    Path state = Paths.get(System.getProperty("lift.dynalite.state", "target/dynalite")).toAbsolutePath();
    return start(state.resolve(name));
  }

  public URI endpoint() {
    return endpoint;
  }

  /** A new client for this instance (a "container" of its own). */
  public DynamoDbClient client() {
    return DynamoClients.builder().endpoint(endpoint).region("us-east-1").build();
  }

  @Override
  public void close() {
    try {
      run(List.of("bash", script().toString(), "stop", "--state-dir", stateDir.toString()), 30);
    } catch (RuntimeException e) {
      System.err.println("Could not stop dynalite in " + stateDir + ": " + e.getMessage());
    }
  }

  private static Dynalite start(Path stateDir) {
    requireOnPath("node");
    requireOnPath("npm");
    String output = run(List.of("bash", script().toString(), "start", "--state-dir", stateDir.toString()),
        START_TIMEOUT_SECONDS);
    String[] lines = output.trim().split("\n");
    String last = lines[lines.length - 1].trim();
    if (!last.startsWith("http://127.0.0.1:")) {
      throw new IllegalStateException("scripts/dynalite.sh start printed no endpoint:\n" + output);
    }
    return new Dynalite(stateDir, URI.create(last));
  }

  private static String run(List<String> command, long timeoutSeconds) {
    try {
      Path log = Files.createTempFile("dynalite-script", ".log");
      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish within "
            + timeoutSeconds + " s:\n" + Files.readString(log, StandardCharsets.UTF_8));
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.deleteIfExists(log);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException("Could not run " + command + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command, e);
    }
  }

  private static void requireOnPath(String tool) {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (Files.isExecutable(Paths.get(dir, tool))) {
          return;
        }
      }
    }
    throw new IllegalStateException("'" + tool + "' is not on the PATH. The lift-dynamodb tests run against "
        + "dynalite, a DynamoDB-compatible server from npm: install Node.js 18+ and npm "
        + "(for example 'apt-get install nodejs npm') and run the build again.");
  }

  private static Path script() {
    Path root = Paths.get(System.getProperty("lift.root", "..")).toAbsolutePath().normalize();
    Path script = root.resolve("scripts/dynalite.sh");
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException("scripts/dynalite.sh not found under " + root
          + " (the system property lift.root names the repository root)");
    }
    return script;
  }
}
