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
 * {@code @Middleware} lists the generated code cannot run: classes that are no middleware or cannot
 * be created, a class named twice in one scope, an order that breaks {@code @RunsAfter}. Each error
 * points at the class literal, so the class literals here sit on lines of their own.
 */
class MiddlewareDiagnosticsTest {
  /** The annotations of this feature; the runtime interface is written qualified (same simple name). */
  private static final String IMPORTS =
      "import dev.lift.annotations.Middleware; import dev.lift.annotations.Recover;"
          + " import dev.lift.annotations.RunsAfter; import dev.lift.runtime.error.LiftError;"
          + " import dev.lift.runtime.http.Exchange;";

  @Test
  void classThatIsNoMiddleware() {
    JavaFileObject users = source("Users",
        "@Middleware({Timing.class,",
        "    Plain.class})",
        "public class Users {",
        "  @Route(\"GET /users\") public String list() { return \"\"; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, middleware("Timing"),
        source("Plain", "public class Plain {}"));

    assertThat(compilation)
        .hadErrorContaining("com.example.Plain is named in @Middleware but does not implement"
            + " dev.lift.runtime.middleware.Middleware.")
        .inFile(users)
        .onLineContaining("Plain.class})");
    assertThat(compilation).hadErrorCount(1);
  }

  static Stream<Arguments> unconstructibleMiddleware() {
    String implementsMiddleware = " implements dev.lift.runtime.middleware.Middleware";
    return Stream.of(
        Arguments.of("several public constructors, none without parameters", "Timing",
            new String[] {"public class Timing" + implementsMiddleware + " {", "  public Timing(String name) {}",
                "  public Timing(int limit) {}", "}"},
            "it needs one public constructor (its parameters are @PreWarm resources)"),
        Arguments.of("private constructor", "Timing",
            new String[] {"public class Timing" + implementsMiddleware + " {", "  private Timing() {}", "}"},
            "it needs one public constructor (its parameters are @PreWarm resources)"),
        Arguments.of("class not public", "Timing",
            new String[] {"class Timing" + implementsMiddleware + " {}"},
            "it is not public"),
        Arguments.of("abstract class", "Timing",
            new String[] {"public abstract class Timing" + implementsMiddleware + " {}"},
            "it is abstract"),
        Arguments.of("interface", "Timing",
            new String[] {"public interface Timing extends dev.lift.runtime.middleware.Middleware {}"},
            "it is an interface"),
        Arguments.of("inner class", "Outer.Timing",
            new String[] {"public class Outer {", "  public class Timing" + implementsMiddleware + " {}", "}"},
            "it is an inner class; make it static or top-level"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unconstructibleMiddleware")
  void middlewareNotConstructible(String description, String name, String[] lines, String reason) {
    String file = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    JavaFileObject users = source("Users",
        "public class Users {",
        "  @Route(\"GET /users\")",
        "  @Middleware(",
        "      " + name + ".class)",
        "  public String list() { return \"\"; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, source(file, lines));

    assertThat(compilation)
        .hadErrorContaining("Middleware com.example." + name + " cannot be created by the generated code: " + reason)
        .inFile(users)
        .onLineContaining(name + ".class)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unconstructibleMiddlewareUsedTwiceIsReportedOnce() {
    JavaFileObject users = source("Users",
        "public class Users {",
        "  @Route(\"GET /users\")",
        "  @Middleware(",
        "      Timing.class) // first",
        "  public String list() { return \"\"; }",
        "  @Route(\"GET /users/{id}\")",
        "  @Middleware(Timing.class)",
        "  public String get(@PathParam String id) { return id; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users,
        source("Timing", "public class Timing implements dev.lift.runtime.middleware.Middleware {",
            "  private Timing() {}", "}"));

    assertThat(compilation)
        .hadErrorContaining("Middleware com.example.Timing cannot be created")
        .inFile(users)
        .onLineContaining("Timing.class) // first");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void middlewareTwiceInTheApplicationScope() {
    JavaFileObject app = source("App",
        "@LiftApplication",
        "@Middleware({Timing.class,",
        "    Audit.class,",
        "    Timing.class})",
        "public class App {}");

    Compilation compilation = Sources.compile(app, users(), middleware("Timing"), middleware("Audit"));

    assertThat(compilation)
        .hadErrorContaining("com.example.Timing is applied twice in the same application scope. Name it once.")
        .inFile(app)
        .onLineContaining("    Timing.class})");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void middlewareTwiceInTheClassScope() {
    JavaFileObject users = source("Users",
        "@Middleware({Timing.class,",
        "    Timing.class})",
        "public class Users {",
        "  @Route(\"GET /users\") public String list() { return \"\"; }",
        "  @Route(\"GET /users/{id}\") public String get(@PathParam String id) { return id; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, middleware("Timing"));

    assertThat(compilation)
        .hadErrorContaining("com.example.Timing is applied twice in the same class scope. Name it once.")
        .inFile(users)
        .onLineContaining("    Timing.class})");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void middlewareTwiceInTheRouteScope() {
    JavaFileObject users = source("Users",
        "public class Users {",
        "  @Route(\"GET /users\")",
        "  @Middleware({Timing.class,",
        "      Timing.class})",
        "  public String list() { return \"\"; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, middleware("Timing"));

    assertThat(compilation)
        .hadErrorContaining("com.example.Timing is applied twice in the same route scope. Name it once.")
        .inFile(users)
        .onLineContaining("      Timing.class})");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void middlewareInSeveralScopesIsAWarning() {
    JavaFileObject app = source("App", "@LiftApplication", "@Middleware(Timing.class)", "public class App {}");
    JavaFileObject users = source("Users",
        "public class Users {",
        "  @Route(\"GET /users\")",
        "  @Middleware(Timing.class)",
        "  public String list() { return \"\"; }",
        "}");

    Compilation compilation = Sources.compile(app, users, middleware("Timing"));

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("Timing is applied in more than one scope of route GET /users, so it runs twice"
            + " for it. Apply it in one scope if that is not intended.")
        .inFile(users)
        .onLineContaining("public String list()");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void orderAgainstRunsAfterInOneScope() {
    JavaFileObject users = source("Users",
        "public class Users {",
        "  @Route(\"GET /users\")",
        "  @Middleware({Audit.class,",
        "      Auth.class})",
        "  public String list() { return \"\"; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, middleware("Auth"),
        middleware("Audit", "@RunsAfter(Auth.class)"));

    assertThat(compilation)
        .hadErrorContaining("Audit must run after Auth (@RunsAfter on Audit), but route GET /users applies it"
            + " before. Declare Auth first, or in an outer scope.")
        .inFile(users)
        .onLineContaining("@Middleware({Audit.class,");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void orderAgainstRunsAfterAcrossScopes() {
    JavaFileObject users = source("Users",
        "@Middleware(Audit.class)",
        "public class Users {",
        "  @Route(\"GET /users\")",
        "  @Middleware(Auth.class)",
        "  public String list() { return \"\"; }",
        "  @Route(\"GET /users/{id}\")",
        "  @Middleware(Auth.class)",
        "  public String get(@PathParam String id) { return id; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, middleware("Auth"),
        middleware("Audit", "@RunsAfter(Auth.class)"));

    assertThat(compilation)
        .hadErrorContaining("Audit must run after Auth (@RunsAfter on Audit), but route GET /users applies it before.")
        .inFile(users)
        .onLineContaining("@Middleware(Audit.class)");
    // Once per declaration, not once per route it breaks.
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void runsAfterIsSatisfiedByAnOuterScopeAndIgnoredWhereTheOtherIsAbsent() {
    JavaFileObject app = source("App", "@LiftApplication", "@Middleware(Auth.class)", "public class App {}");
    JavaFileObject users = source("Users",
        "public class Users {",
        "  @Route(\"GET /users\")",
        "  @Middleware(Audit.class)",
        "  public String list() { return \"\"; }",
        "}");
    JavaFileObject others = source("Others",
        "public class Others {",
        "  @Route(\"GET /others\")",
        "  @Middleware({Trace.class, Audit.class})",
        "  public String list() { return \"\"; }",
        "}");

    Compilation compilation = Sources.compile(app, users, others, middleware("Auth"), middleware("Trace"),
        middleware("Audit", "@RunsAfter({Auth.class, Trace.class})"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void middlewareInEveryScopeWithRecoverInBothCompilesCleanly() {
    JavaFileObject app = source("App",
        "@LiftApplication",
        "@Middleware({Trace.class, Auth.class})",
        "public class App {",
        "  @Recover public static LiftError missing(java.util.NoSuchElementException e) {",
        "    return LiftError.notFound(e.getMessage());",
        "  }",
        "  @Recover public LiftError conflict(IllegalStateException e) {",
        "    return new LiftError(409, \"CONFLICT\", e.getMessage());",
        "  }",
        "}");
    JavaFileObject users = source("Users",
        "@Middleware(Audit.class)",
        "public class Users {",
        "  @Route(\"GET /users\")",
        "  @Middleware(Timing.class)",
        "  public String list(Exchange exchange) { return exchange.route(); }",
        "  @Route(\"GET /users/{id}\")",
        "  public String get(@PathParam String id) { return id; }",
        "  @Recover public LiftError refused(IllegalStateException e) {",
        "    return new LiftError(403, \"FORBIDDEN\", e.getMessage());",
        "  }",
        "  @Recover public static LiftError bad(IllegalArgumentException e) {",
        "    return LiftError.badRequest(e.getMessage());",
        "  }",
        "}");

    Compilation compilation = Sources.compile(app, users, middleware("Trace"), middleware("Auth"),
        middleware("Audit", "@RunsAfter(Auth.class)"), middleware("Timing"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .contains("// runs: Trace > Auth > Audit > Timing > Users.list");
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .contains("// runs: Trace > Auth > Audit > Users.get");
  }

  @Test
  void middlewareOfAnApplicationClassWithRoutesRunsOnce() {
    JavaFileObject app = source("App",
        "@LiftApplication",
        "@Middleware(Timing.class)",
        "public class App {",
        "  @Route(\"GET /status\") public String status() { return \"ok\"; }",
        "}");

    Compilation compilation = Sources.compile(app, middleware("Timing"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .contains("// runs: Timing > App.status");
  }

  /** {@code com.example.<name>}: the common imports, this feature's, then {@code lines}. */
  private static JavaFileObject source(String name, String... lines) {
    List<String> all = new ArrayList<>();
    all.add(IMPORTS);
    all.addAll(List.of(lines));
    return Sources.source(PACKAGE + "." + name, all.toArray(String[]::new));
  }

  /** A do-nothing middleware {@code com.example.<name>}, with the annotations given. */
  private static JavaFileObject middleware(String name, String... annotations) {
    List<String> lines = new ArrayList<>(List.of(annotations));
    lines.add("public class " + name + " implements dev.lift.runtime.middleware.Middleware {}");
    return source(name, lines.toArray(String[]::new));
  }

  private static JavaFileObject users() {
    return source("Users", "public class Users {",
        "  @Route(\"GET /users\") public String list() { return \"\"; }", "}");
  }
}
