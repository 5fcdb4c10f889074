package dev.lift.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The AWS event samples in {@code shared/events}, beside the repository: found through the system
 * property {@code lift.events.dir} (set by the build), else by searching upwards from the working
 * directory, so that a test started from an IDE finds them too.
 */
public final class SharedEvents {
  private static Path directory;

  private SharedEvents() {}

  /** The sample's text, unchanged. */
  public static String text(String name) {
    try {
      return Files.readString(directory().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Path directory() {
    if (directory == null) {
      directory = locate();
    }
    return directory;
  }

  private static Path locate() {
    String configured = System.getProperty("lift.events.dir");
    if (configured != null && Files.isDirectory(Paths.get(configured))) {
      return Paths.get(configured).toAbsolutePath().normalize();
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("events");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "Cannot find the shared/events samples: set -Dlift.events.dir (searched upwards from "
            + Paths.get("").toAbsolutePath()
            + (configured == null ? "" : "; lift.events.dir=" + configured + " does not exist")
            + ")");
  }
}
