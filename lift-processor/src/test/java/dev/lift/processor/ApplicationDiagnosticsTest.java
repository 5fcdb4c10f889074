package dev.lift.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lift.processor.Sources.PACKAGE;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors about the application as a whole: which application owns a handler, the entry class,
 * the classpath, and how the processor reports (every error, then nothing generated).
 */
class ApplicationDiagnosticsTest {
  @Test
  void handlerOutsideEveryApplication() {
    JavaFileObject users = Sources.handler("org.other.Users",
        "  @Route(\"GET /users\") public String list() { return \"\"; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("org.other.Users has @Route methods but no @LiftApplication covers package"
            + " 'org.other'. Annotate a class in that package or a parent package with @LiftApplication.")
        .inFile(users)
        .onLineContaining("public class Users {");
  }

  @Test
  void twoApplicationsInOnePackage() {
    JavaFileObject api = Sources.source(PACKAGE + ".Api", "@LiftApplication", "public class Api {}");
    JavaFileObject app = Sources.app(PACKAGE);

    Compilation compilation = Sources.compile(app, api);

    assertThat(compilation)
        .hadErrorContaining("Package 'com.example' has two @LiftApplication classes: com.example.Api and"
            + " com.example.App. Keep one per package")
        .inFile(app)
        .onLineContaining("@LiftApplication");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void invalidHandlerName() {
    JavaFileObject app = Sources.source(PACKAGE + ".App",
        "@LiftApplication(",
        "    handlerName = \"Shop-Handler\")",
        "public class App {}");

    Compilation compilation = Sources.compile(app);

    assertThat(compilation)
        .hadErrorContaining("handlerName \"Shop-Handler\" is not a valid Java class name.")
        .inFile(app)
        .onLineContaining("handlerName = \"Shop-Handler\"");
  }

  @Test
  void keywordIsNoHandlerName() {
    JavaFileObject app = Sources.source(PACKAGE + ".App",
        "@LiftApplication(handlerName = \"class\")",
        "public class App {}");

    Compilation compilation = Sources.compile(app);

    assertThat(compilation)
        .hadErrorContaining("handlerName \"class\" is not a valid Java class name.")
        .inFile(app)
        .onLineContaining("handlerName = \"class\"");
  }

  @Test
  void jsonBodiesWithoutCodecOnTheClasspath() {
    // Object cannot have a generated codec, so User falls back to jackson-databind.
    JavaFileObject user = Sources.source(PACKAGE + ".User", "public record User(Object name) {}");
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"PUT /users\")",
        "  public User replace(",
        "      @Body User user) { return user; }",
        "  @Route(\"GET /users\")",
        "  public String list() { return \"\"; }");

    Compilation compilation = Sources.compiler()
        .withClasspath(testClasspathWithout("lift-json-databind"))
        .compile(Sources.app(PACKAGE), user, users);

    assertThat(compilation)
        .hadErrorContaining("Body type com.example.User needs jackson-databind, which is not on the classpath")
        .inFile(users)
        .onLineContaining("@Body User user");
    assertThat(compilation)
        .hadErrorContaining("Body type com.example.User needs jackson-databind")
        .inFile(users)
        .onLineContaining("public User replace(");
    // A text route needs no codec.
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void typeThatNeverResolves() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users\")",
        "  public Report list(",
        "      @QueryParam Missing filter) { return null; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    // javac reports "cannot find symbol" too; the processor waits for the last round, then names the type.
    assertThat(compilation)
        .hadErrorContaining("Could not resolve the type Missing used by Users.list: it does not exist, or it is"
            + " generated and never appeared.")
        .inFile(users)
        .onLineContaining("@QueryParam Missing filter");
    assertThat(compilation)
        .hadErrorContaining("Could not resolve the type Report used by Users.list")
        .inFile(users)
        .onLineContaining("public Report list(");
  }

  @Test
  void entryClassNameTaken() {
    JavaFileObject app = Sources.app(PACKAGE);
    JavaFileObject taken = Sources.source(PACKAGE + ".LiftApp", "public class LiftApp {}");
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users\") public String list() { return \"\"; }");

    Compilation compilation = Sources.compile(app, taken, users);

    assertThat(compilation)
        .hadErrorContaining("Could not write the entry class com.example.LiftApp: ")
        .inFile(app)
        .onLineContaining("@LiftApplication");
    assertThat(compilation)
        .hadErrorContaining("rename it or name the entry class with @LiftApplication(handlerName = \"...\")");
  }

  @Test
  void everyErrorIsReportedInOneCompilation() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users/\")",
        "  public String list() { return \"\"; }",
        "  @Route(\"GET /users/{id}\")",
        "  public String get(",
        "      String id) { return id; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("is malformed: the path ends with '/'")
        .inFile(users)
        .onLineContaining("@Route(\"GET /users/\")");
    assertThat(compilation)
        .hadErrorContaining("Parameter 'id' of type java.lang.String is not bound")
        .inFile(users)
        .onLineContaining("String id) {");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void errorsAcrossValidationRulesAreAllReported() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users/{id}\")",
        "  String get() { return \"\"; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation).hadErrorContaining("Route method Users.get must be public");
    assertThat(compilation).hadErrorContaining("Path variable {id} of route \"GET /users/{id}\" is not bound");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void nothingIsGeneratedWhenThereIsAnError(@TempDir Path output) throws IOException {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users\") public String list() { return \"\"; }",
        "  @Route(\"GET /users/{id}\") public String get() { return \"\"; }");

    assertThat(Sources.compile(Sources.app(PACKAGE), users)).hadErrorCount(1);
    // compile-testing refuses to list the generated files of a failed compilation; look on disk.
    assertThat(Sources.filesGeneratedInto(output, Sources.app(PACKAGE), users)).isEmpty();
  }

  @Test
  void errorInOneApplicationStopsGenerationOfAll(@TempDir Path output) throws IOException {
    JavaFileObject good = Sources.handler("com.good.Users",
        "  @Route(\"GET /users\") public String list() { return \"\"; }");
    JavaFileObject bad = Sources.handler("com.bad.Users",
        "  @Route(\"GET /users/\") public String list() { return \"\"; }");

    List<Path> generated = Sources.filesGeneratedInto(output, Sources.app("com.good"), good, Sources.app("com.bad"), bad);

    assertThat(generated).isEmpty();
  }

  @Test
  void cleanApplicationGeneratesItsEntryClass(@TempDir Path output) throws IOException {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users\") public String list() { return \"\"; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile(PACKAGE + ".LiftApp")).isPresent();
    // The same check as above, on disk: it would see a generated file.
    assertThat(Sources.filesGeneratedInto(output, Sources.app(PACKAGE), users))
        .containsExactly(output.resolve("com/example/LiftApp.java"));
  }

  /** The test classpath (what compile-testing uses by default) minus the entries of one artifact. */
  private static List<File> testClasspathWithout(String artifact) {
    List<File> kept = new ArrayList<>();
    boolean removed = false;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.contains(artifact)) {
        removed = true;
      } else {
        kept.add(new File(entry));
      }
    }
    assertWithMessage("%s is on the test classpath %s", artifact, System.getProperty("java.class.path"))
        .that(removed).isTrue();
    return kept;
  }
}
