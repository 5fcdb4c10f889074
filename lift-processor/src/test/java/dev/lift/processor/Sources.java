package dev.lift.processor;

import static com.google.testing.compile.Compiler.javac;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Source snippets shared by the processor tests, and the compiler they go through. Every snippet
 * imports what route methods commonly use, so a test shows only the lines it is about.
 */
public final class Sources {
  /** The package the diagnostics tests put their application in. */
  public static final String PACKAGE = "com.example";

  private static final List<String> IMPORTS = List.of(
      "import com.amazonaws.services.lambda.runtime.Context;",
      "import dev.lift.annotations.Body;",
      "import dev.lift.annotations.CookieParam;",
      "import dev.lift.annotations.HeaderParam;",
      "import dev.lift.annotations.LiftApplication;",
      "import dev.lift.annotations.PathParam;",
      "import dev.lift.annotations.QueryParam;",
      "import dev.lift.annotations.Route;",
      "import dev.lift.runtime.http.Request;",
      "import dev.lift.runtime.http.Response;",
      "import java.util.List;",
      "import java.util.Optional;",
      "import java.util.UUID;");

  private Sources() {}

  /** {@code <pkg>.App}, annotated {@code @LiftApplication}: its entry class is {@code <pkg>.LiftApp}. */
  public static JavaFileObject app(String pkg) {
    return source(pkg + ".App", "@LiftApplication", "public class App {}");
  }

  /** A public handler class whose body is {@code members}. */
  public static JavaFileObject handler(String qualifiedName, String... members) {
    List<String> lines = new ArrayList<>();
    lines.add("public class " + simpleName(qualifiedName) + " {");
    lines.addAll(List.of(members));
    lines.add("}");
    return source(qualifiedName, lines.toArray(String[]::new));
  }

  /** A compilation unit: the package, the common imports, then {@code lines} as written. */
  public static JavaFileObject source(String qualifiedName, String... lines) {
    List<String> all = new ArrayList<>();
    all.add("package " + packageName(qualifiedName) + ";");
    all.add("");
    all.addAll(IMPORTS);
    all.add("");
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines(qualifiedName, all);
  }

  /** javac with the Lift processor and the test classpath (runtime and lift-json-databind). */
  public static Compiler compiler() {
    return javac().withProcessors(new LiftProcessor());
  }

  public static Compilation compile(JavaFileObject... sources) {
    return compiler().compile(sources);
  }

  /**
   * Runs the processor alone ({@code -proc:only}) and lists what it wrote into {@code outputDir}.
   * compile-testing hides the generated files of a failed compilation, and a failed compilation is
   * exactly when a test wants to see that nothing was written.
   */
  static List<Path> filesGeneratedInto(Path outputDir, JavaFileObject... sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("-proc:only", "-s", outputDir.toString(), "-d", outputDir.toString()), null, List.of(sources));
      task.setProcessors(List.of(new LiftProcessor()));
      task.call();
    }
    try (Stream<Path> walk = Files.walk(outputDir)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  private static String packageName(String qualifiedName) {
    return qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
