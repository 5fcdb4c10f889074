package dev.lift.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * The AWS event samples in {@code shared/events}, beside the repository. Found through the
 * system property {@code lift.events.dir} (set by the build), else by searching upwards from the
 * working directory for {@code shared/events}.
 */
public final class Events {
  /** Every sample that is an HTTP event Lift serves. */
  public static final List<String> HTTP =
      List.of(
          "apigw_http_event.json",
          "apigw_rest_event.json",
          "apigw_v1_alt_apigw_event.json",
          "apigw_v1_alt_apigw_event_nobody.json",
          "elb_event.json");

  private static Path directory;

  private Events() {}

  public static synchronized Path directory() {
    if (directory == null) {
      directory = locate();
    }
    return directory;
  }

  public static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(directory().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
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
        "Cannot find the shared/events samples: set -Dlift.events.dir or run from inside the"
            + " checkout that has shared/ beside it (searched upwards from "
            + Paths.get("").toAbsolutePath()
            + (configured == null ? "" : "; lift.events.dir=" + configured + " does not exist")
            + ")");
  }
}
