package dev.lift.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Compares generated sources with the files under {@code src/test/resources/golden}, one per
 * generated type at {@code <package/path>/<Name>.java}. With {@code -Dlift.golden.update=true}
 * it rewrites them instead, so that an intended change shows up as a diff in review.
 */
public final class GoldenFiles {
  static final String UPDATE_COMMAND = "mvn -pl lift-processor test -Dlift.golden.update=true";

  private static final boolean UPDATE = Boolean.parseBoolean(System.getProperty("lift.golden.update", "false"));
  private static final Path DIR = Path.of(System.getProperty("lift.golden.dir", "src/test/resources/golden"));
  private static final String SOURCE_OUTPUT = "/SOURCE_OUTPUT/";

  private GoldenFiles() {}

  /**
   * Checks every source generated into {@code pkg} against its golden file, and that no golden file
   * of that package is left without a generated source.
   */
  public static void assertMatchGolden(Compilation compilation, String pkg) {
    Path packageDir = DIR.resolve(pkg.replace('.', '/'));
    List<String> generated = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String relative = relativePath(file);
      if (relative.startsWith(pkg.replace('.', '/') + "/")) {
        generated.add(relative);
        check(relative, contents(file));
      }
    }
    assertWithMessage("no source was generated into %s", pkg).that(generated).isNotEmpty();
    TreeSet<String> stale = new TreeSet<>(goldenFilesUnder(packageDir));
    generated.forEach(stale::remove);
    for (String path : stale) {
      if (UPDATE) {
        delete(DIR.resolve(path));
      } else {
        fail("Golden file " + DIR.resolve(path) + " has no generated source any more. If that is intended, run "
            + UPDATE_COMMAND + " to delete it.");
      }
    }
  }

  private static void check(String relative, String actual) {
    Path golden = DIR.resolve(relative);
    byte[] actualBytes = actual.getBytes(StandardCharsets.UTF_8);
    if (UPDATE) {
      write(golden, actualBytes);
      return;
    }
    if (!Files.exists(golden)) {
      fail("No golden file " + golden + " for the generated " + relative + ". Run " + UPDATE_COMMAND
          + " to create it, and review it.");
    }
    byte[] expected = read(golden);
    if (!Arrays.equals(expected, actualBytes)) {
      assertWithMessage("Generated %s differs from its golden file %s. If the change is intended, run %s"
              + " and review the diff.", relative, golden, UPDATE_COMMAND)
          .that(actual)
          .isEqualTo(new String(expected, StandardCharsets.UTF_8));
      fail("Generated " + relative + " differs from " + golden + " in its bytes. Run " + UPDATE_COMMAND + ".");
    }
  }

  /** {@code com/example/LiftApp.java} for the file compile-testing names {@code /SOURCE_OUTPUT/com/example/LiftApp.java}. */
  private static String relativePath(JavaFileObject file) {
    String name = file.toUri().getPath();
    int at = name.indexOf(SOURCE_OUTPUT);
    if (at < 0) {
      throw new IllegalStateException("Not a generated source: " + file.toUri());
    }
    return name.substring(at + SOURCE_OUTPUT.length());
  }

  public static String contents(JavaFileObject file) {
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> goldenFilesUnder(Path packageDir) {
    if (!Files.isDirectory(packageDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(packageDir)) {
      return files.filter(Files::isRegularFile)
          .map(p -> DIR.relativize(p).toString().replace('\\', '/'))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path path, byte[] bytes) {
    try {
      Files.createDirectories(path.getParent());
      Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
