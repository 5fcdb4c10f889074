package dev.lift.bench.coldstart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks a deployment jar into a directory, as Lambda unpacks one into {@code /var/task}. */
final class Unpacking {
  private Unpacking() {}

  /**
   * Replaces {@code directory} with the contents of {@code jar} and returns it.
   *
   * @throws IOException when the jar cannot be read, or names an entry outside the directory
   */
  static Path unpack(Path jar, Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> old = Files.walk(directory)) {
        for (Path path : (Iterable<Path>) old.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(path);
        }
      }
    }
    Path root = directory.toAbsolutePath().normalize();
    Files.createDirectories(root);
    try (InputStream file = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(file)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root)) {
          throw new IOException(jar + " holds an entry outside its root: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return root;
  }
}
