package dev.lift.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lift.processor.Sources.PACKAGE;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Recover} methods the generated recovery cannot call or cannot order, and those that would
 * apply nowhere. Each error points at the method.
 */
class RecoverDiagnosticsTest {
  private static final String IMPORTS =
      "import dev.lift.annotations.Recover; import dev.lift.runtime.error.LiftError;";
  private static final String ROUTE = "  @Route(\"GET /users\") public String list() { return \"\"; }";

  static Stream<Arguments> badSignatures() {
    return Stream.of(
        Arguments.of("no parameter", "  public static LiftError wrong() { return null; }"),
        Arguments.of("two parameters",
            "  public static LiftError wrong(IllegalStateException e, String more) { return null; }"),
        Arguments.of("a parameter that is no exception", "  public static LiftError wrong(String e) { return null; }"),
        Arguments.of("a primitive parameter", "  public static LiftError wrong(int e) { return null; }"),
        Arguments.of("a type variable", "  public static <E extends Exception> LiftError wrong(E e) { return null; }"),
        Arguments.of("another result", "  public static String wrong(IllegalStateException e) { return null; }"),
        Arguments.of("no result", "  public static void wrong(IllegalStateException e) {}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSignatures")
  void recoverSignature(String description, String method) {
    JavaFileObject users = source("Users", "public class Users {", ROUTE, "  @Recover", method, "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("@Recover method Users.wrong must take exactly one parameter, an exception type,"
            + " and return dev.lift.runtime.error.LiftError.")
        .inFile(users)
        .onLineContaining(method.strip());
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void resultMayBeASubclassOfLiftError() {
    JavaFileObject users = source("Users", "public class Users {", ROUTE,
        "  @Recover",
        "  public static dev.lift.runtime.error.MethodNotAllowedError refuse(IllegalStateException e) {",
        "    return new dev.lift.runtime.error.MethodNotAllowedError(\"GET\", e.getMessage());",
        "  }",
        "}");

    assertThat(Sources.compile(Sources.app(PACKAGE), users)).succeededWithoutWarnings();
  }

  @Test
  void recoverNotPublic() {
    JavaFileObject app = source("App",
        "@LiftApplication",
        "public class App {",
        "  @Recover",
        "  static LiftError missing(java.util.NoSuchElementException e) { return LiftError.notFound(\"\"); }",
        "}");

    Compilation compilation = Sources.compile(app, source("Users", "public class Users {", ROUTE, "}"));

    assertThat(compilation)
        .hadErrorContaining("@Recover method App.missing must be public: the generated handler calls it directly.")
        .inFile(app)
        .onLineContaining("static LiftError missing(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void recoverNotPublicInAHandlerClass() {
    JavaFileObject users = source("Users", "public class Users {", ROUTE,
        "  @Recover",
        "  protected LiftError missing(java.util.NoSuchElementException e) { return LiftError.notFound(\"\"); }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("@Recover method Users.missing must be public")
        .inFile(users)
        .onLineContaining("protected LiftError missing(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void instanceRecoverInAnApplicationClassThatCannotBeCreated() {
    JavaFileObject app = source("App",
        "@LiftApplication",
        "public final class App {",
        "  private App() {}",
        "  @Recover",
        "  public LiftError missing(java.util.NoSuchElementException e) { return LiftError.notFound(\"\"); }",
        "}");

    Compilation compilation = Sources.compile(app, source("Users", "public class Users {", ROUTE, "}"));

    assertThat(compilation)
        .hadErrorContaining("@Recover method App.missing is not static, so the generated handler must create App,"
            + " which needs to be public with a public constructor without parameters. Make the method static"
            + " or the class constructible.")
        .inFile(app)
        .onLineContaining("public LiftError missing(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void staticRecoverNeedsNoApplicationInstance() {
    JavaFileObject app = source("App",
        "@LiftApplication",
        "public final class App {",
        "  private App() {}",
        "  @Recover",
        "  public static LiftError missing(java.util.NoSuchElementException e) { return LiftError.notFound(\"\"); }",
        "}");

    Compilation compilation = Sources.compile(app, source("Users", "public class Users {", ROUTE, "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .doesNotContain("new App()");
  }

  @Test
  void sameExceptionTwiceInOneScope() {
    JavaFileObject users = source("Users", "public class Users {", ROUTE,
        "  @Recover public static LiftError first(IllegalStateException e) { return LiftError.notFound(\"\"); }",
        "  @Recover public static LiftError second(IllegalStateException e) { return LiftError.notFound(\"\"); }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Exception java.lang.IllegalStateException is recovered twice in one scope:"
            + " Users.first and Users.second. Keep one.")
        .inFile(users)
        .onLineContaining("LiftError second(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void sameExceptionInTheClassAndTheApplicationScopeIsNoDuplicate() {
    JavaFileObject app = source("App",
        "@LiftApplication",
        "public class App {",
        "  @Recover public static LiftError general(IllegalStateException e) { return LiftError.notFound(\"\"); }",
        "}");
    JavaFileObject users = source("Users", "public class Users {", ROUTE,
        "  @Recover public static LiftError specific(IllegalStateException e) { return LiftError.notFound(\"\"); }",
        "}");

    assertThat(Sources.compile(app, users)).succeededWithoutWarnings();
  }

  @Test
  void relatedClassesInOneScopeAreOrderedNotAmbiguous() {
    JavaFileObject users = source("Users", "public class Users {", ROUTE,
        "  @Recover public static LiftError any(RuntimeException e) { return LiftError.internal(); }",
        "  @Recover public static LiftError state(IllegalStateException e) { return LiftError.notFound(\"\"); }",
        "  @Recover public static LiftError argument(IllegalArgumentException e) { return LiftError.badRequest(\"\"); }",
        "  @Recover public static LiftError number(NumberFormatException e) { return LiftError.badRequest(\"\"); }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation).succeededWithoutWarnings();
    // Subclasses before their superclasses, whatever order they were declared in.
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .containsMatch("(?s)instanceof NumberFormatException.*instanceof IllegalArgumentException"
            + ".*instanceof RuntimeException");
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .containsMatch("(?s)instanceof IllegalStateException.*instanceof RuntimeException");
  }

  @Test
  void unrelatedTypesOneAnInterfaceAreAmbiguous() {
    JavaFileObject users = source("Users", "public class Users {", ROUTE,
        "  public interface Retryable {}",
        "  @Recover public static LiftError retry(Retryable e) { return LiftError.internal(); }",
        "  @Recover public static LiftError state(IllegalStateException e) { return LiftError.notFound(\"\"); }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("@Recover methods Users.retry (com.example.Users.Retryable) and Users.state"
            + " (java.lang.IllegalStateException) are ambiguous: an exception can be both, and neither type is"
            + " more specific. Recover a common subtype, or keep one.")
        .inFile(users)
        .onLineContaining("LiftError state(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void recoverInAClassWithoutRoutes() {
    JavaFileObject helpers = source("Helpers",
        "public class Helpers {",
        "  @Recover",
        "  public static LiftError missing(java.util.NoSuchElementException e) { return LiftError.notFound(\"\"); }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), source("Users", "public class Users {", ROUTE, "}"),
        helpers);

    assertThat(compilation)
        .hadErrorContaining("@Recover method Helpers.missing is in a class that is neither a @LiftApplication nor a"
            + " class with @Route methods, so it applies nowhere. Move it.")
        .inFile(helpers)
        .onLineContaining("public static LiftError missing(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void recoverInAMiddlewareClass() {
    JavaFileObject timing = source("Timing",
        "public class Timing implements dev.lift.runtime.middleware.Middleware {",
        "  @Recover",
        "  public static LiftError missing(java.util.NoSuchElementException e) { return LiftError.notFound(\"\"); }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), source("Users", "public class Users {", ROUTE, "}"),
        timing);

    assertThat(compilation)
        .hadErrorContaining("@Recover method Timing.missing is in a class that is neither a @LiftApplication nor a"
            + " class with @Route methods")
        .inFile(timing)
        .onLineContaining("public static LiftError missing(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void recoverThatThrowsACheckedExceptionIsReportedOnTheMethod() {
    JavaFileObject app = source("App",
        "@LiftApplication",
        "public class App {",
        "  @Recover",
        "  public static LiftError io(java.io.IOException e) throws Exception { return LiftError.internal(); }",
        "}");

    Compilation compilation = Sources.compile(app, source("Users", "public class Users {", ROUTE, "}"));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("declares a checked exception")
        .inFile(app)
        .onLineContaining("public static LiftError io(");
  }

  /** The class is both the application and a handler: one instance serves both. */
  @Test
  void instanceRecoverInAnApplicationClassWithRoutes() {
    JavaFileObject app = source("App",
        "@LiftApplication",
        "public class App {",
        "  @Route(\"GET /status\") public String status() { return \"ok\"; }",
        "  @Recover public LiftError conflict(IllegalStateException e) { return LiftError.notFound(\"\"); }",
        "}");

    Compilation compilation = Sources.compile(app);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .containsMatch("(?s)new App\\(\\)(?!.*new App\\(\\))");
  }

  private static JavaFileObject source(String name, String... lines) {
    List<String> all = new ArrayList<>();
    all.add(IMPORTS);
    all.addAll(List.of(lines));
    return Sources.source(PACKAGE + "." + name, all.toArray(String[]::new));
  }
}
