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
 * {@code @PreWarm} wiring the generated init cannot do: a resource nobody provides, a resource two
 * providers offer, resources that need each other, a provider or hook the init cannot call, a class
 * it cannot create, a checkpoint hook that returns something. Missing and ambiguous resources are
 * reported on the parameter that asks, the others on the method or class at fault; so parameters
 * and methods sit on lines of their own here.
 */
class WiringDiagnosticsTest {
  private static final String IMPORTS =
      "import dev.lift.annotations.PreWarm; import dev.lift.annotations.Named;"
          + " import dev.lift.annotations.BeforeCheckpoint; import dev.lift.annotations.AfterRestore;"
          + " import dev.lift.annotations.Middleware;";
  private static final String ROUTE = "  @Route(\"GET /users\") public String list() { return \"\"; }";

  // ---- missingResource ----

  static Stream<Arguments> missingResources() {
    return Stream.of(
        Arguments.of("handler constructor", "Users", new String[] {
            "public class Users {",
            "  public Users(",
            "      Clock clock) {}",
            ROUTE,
            "}"}, "Users needs a com.example.Clock"),
        Arguments.of("middleware constructor", "Timing", new String[] {
            "public class Timing implements dev.lift.runtime.middleware.Middleware {",
            "  public Timing(",
            "      Clock clock) {}",
            "}"}, "Timing needs a com.example.Clock"),
        Arguments.of("provider parameter", "Resources", new String[] {
            "public class Resources {",
            "  @PreWarm public static Db db(",
            "      Clock clock) { return new Db(); }",
            "}"}, "com.example.Db (Resources.db) needs a com.example.Clock"),
        Arguments.of("warm-up hook parameter", "Resources", new String[] {
            "public class Resources {",
            "  @PreWarm public static void warm(",
            "      Clock clock) {}",
            "}"}, "Resources.warm needs a com.example.Clock"),
        Arguments.of("@AfterRestore hook parameter", "Resources", new String[] {
            "public class Resources {",
            "  @AfterRestore public static void reseed(",
            "      Clock clock) {}",
            "}"}, "Resources.reseed needs a com.example.Clock"),
        Arguments.of("constructor of an instance provider's class", "Resources", new String[] {
            "public class Resources {",
            "  public Resources(",
            "      Clock clock) {}",
            "  @PreWarm public Db db() { return new Db(); }",
            "}"}, "Resources needs a com.example.Clock"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingResources")
  void missingResource(String description, String name, String[] lines, String needs) {
    JavaFileObject file = source(name, lines);
    List<JavaFileObject> sources = new ArrayList<>(List.of(appWithTiming(), file, plain("Clock"), plain("Db")));
    if (!name.equals("Users")) {
      sources.add(users());
    }
    if (!name.equals("Timing")) {
      sources.add(middleware("Timing"));
    }

    Compilation compilation = Sources.compile(sources.toArray(JavaFileObject[]::new));

    assertThat(compilation)
        .hadErrorContaining(needs + ", and no @PreWarm method provides one. Add a @PreWarm method returning"
            + " com.example.Clock in the application's packages.")
        .inFile(file)
        .onLineContaining("Clock clock)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void qualifierNobodyProvides() {
    JavaFileObject users = source("Users",
        "public class Users {",
        "  public Users(",
        "      @Named(\"replica\") Db db) {}",
        ROUTE,
        "}");
    JavaFileObject resources = source("Resources",
        "public class Resources {",
        "  @PreWarm @Named(\"primary\") public static Db primary() { return new Db(); }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, resources, plain("Db"));

    assertThat(compilation)
        .hadErrorContaining("Users needs a com.example.Db @Named(\"replica\"), and no @PreWarm method provides one.")
        .inFile(users)
        .onLineContaining("@Named(\"replica\") Db db)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void providerInAnotherApplicationsPackageDoesNotCount() {
    JavaFileObject users = source("Users",
        "public class Users {",
        "  public Users(",
        "      Db db) {}",
        ROUTE,
        "}");
    JavaFileObject otherApp = Sources.source("org.other.OtherApp", "@LiftApplication", "public class OtherApp {}");
    JavaFileObject otherResources = Sources.source("org.other.Resources", IMPORTS,
        "public class Resources {",
        "  @PreWarm public static com.example.Db db() { return new com.example.Db(); }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, plain("Db"), otherApp, otherResources,
        Sources.source("org.other.Others", "public class Others {",
            "  @Route(\"GET /others\") public static String list() { return \"\"; }", "}"));

    assertThat(compilation)
        .hadErrorContaining("Users needs a com.example.Db, and no @PreWarm method provides one.")
        .inFile(users)
        .onLineContaining("Db db)");
    assertThat(compilation).hadErrorCount(1);
  }

  // ---- ambiguousResource ----

  @Test
  void twoProvidersOfOneTypeWithoutQualifier() {
    JavaFileObject users = source("Users",
        "public class Users {",
        "  public Users(",
        "      Db db) {}",
        ROUTE,
        "}");
    JavaFileObject resources = source("Resources",
        "public class Resources {",
        "  @PreWarm public static Db primary() { return new Db(); }",
        "  @PreWarm public static Db replica() { return new Db(); }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, resources, plain("Db"));

    assertThat(compilation)
        .hadErrorContaining("Users needs a com.example.Db, and several @PreWarm methods provide one:"
            + " Resources.primary, Resources.replica. Name them with @Named and ask for one with @Named on the"
            + " parameter.")
        .inFile(users)
        .onLineContaining("Db db)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoProvidersOfOneTypeAskedForByHookParameter() {
    JavaFileObject resources = source("Resources",
        "public class Resources {",
        "  @PreWarm public static Db primary() { return new Db(); }",
        "  @PreWarm public static Db replica() { return new Db(); }",
        "  @BeforeCheckpoint public static void prime(",
        "      Db db) {}",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users(), resources, plain("Db"));

    assertThat(compilation)
        .hadErrorContaining("Resources.prime needs a com.example.Db, and several @PreWarm methods provide one:"
            + " Resources.primary, Resources.replica.")
        .inFile(resources)
        .onLineContaining("Db db)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void namedProvidersAndNamedParametersResolve() {
    JavaFileObject users = source("Users",
        "public class Users {",
        "  public Users(@Named(\"replica\") Db reads, @Named(\"primary\") Db writes) {}",
        ROUTE,
        "}");
    JavaFileObject resources = source("Resources",
        "public class Resources {",
        "  @PreWarm @Named(\"primary\") public static Db primary() { return new Db(); }",
        "  @PreWarm @Named(\"replica\") public static Db replica() { return new Db(); }",
        "  @PreWarm public static void warm(@Named(\"primary\") Db db) {}",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, resources, plain("Db"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .contains("this.users = new Users(replica, primary);");
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .contains("Resources.warm(primary);");
  }

  // ---- dependencyCycle ----

  @Test
  void resourcesThatNeedEachOther() {
    JavaFileObject resources = source("Resources",
        "public class Resources {",
        "  @PreWarm",
        "  public static A a(B b) { return new A(); }",
        "  @PreWarm",
        "  public static B b(A a) { return new B(); }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users(), resources, plain("A"), plain("B"));

    assertThat(compilation)
        .hadErrorContaining("@PreWarm resources depend on each other in a cycle: com.example.A (Resources.a)"
            + " -> com.example.B (Resources.b) -> com.example.A (Resources.a). Break the cycle.")
        .inFile(resources)
        .onLineContaining("public static A a(B b)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void resourceThatNeedsItself() {
    JavaFileObject resources = source("Resources",
        "public class Resources {",
        "  @PreWarm",
        "  public static A decorated(A inner) { return inner; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users(), resources, plain("A"));

    assertThat(compilation)
        .hadErrorContaining("in a cycle: com.example.A (Resources.decorated) -> com.example.A (Resources.decorated).")
        .inFile(resources)
        .onLineContaining("public static A decorated(A inner)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void cycleThroughTheClassOfAnInstanceProvider() {
    // Conn comes from an instance of Connections, whose constructor needs Settings, which needs Conn.
    JavaFileObject connections = source("Connections",
        "public class Connections {",
        "  public Connections(Settings settings) {}",
        "  @PreWarm",
        "  public Conn conn() { return new Conn(); }",
        "}");
    JavaFileObject resources = source("Resources",
        "public class Resources {",
        "  @PreWarm",
        "  public static Settings settings(Conn conn) { return new Settings(); }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users(), connections, resources,
        plain("Conn"), plain("Settings"));

    assertThat(compilation)
        .hadErrorContaining("@PreWarm resources depend on each other in a cycle: com.example.Conn (Connections.conn)"
            + " -> Connections -> com.example.Settings (Resources.settings) -> com.example.Conn (Connections.conn).")
        .inFile(connections)
        .onLineContaining("public Conn conn()");
    assertThat(compilation).hadErrorCount(1);
  }

  // ---- wiringNotPublic ----

  static Stream<Arguments> notPublic() {
    return Stream.of(
        Arguments.of("package-private provider", "Resources.db", new String[] {
            "public class Resources {",
            "  @PreWarm",
            "  static Db db() { return new Db(); }",
            "}"}, "static Db db()"),
        Arguments.of("public provider in a class that is not public", "Resources.db", new String[] {
            "class Resources {",
            "  @PreWarm",
            "  public static Db db() { return new Db(); }",
            "}"}, "public static Db db()"),
        Arguments.of("private warm-up hook", "Resources.warm", new String[] {
            "public class Resources {",
            "  @PreWarm",
            "  private static void warm() {}",
            "}"}, "private static void warm()"),
        Arguments.of("protected @BeforeCheckpoint hook", "Resources.prime", new String[] {
            "public class Resources {",
            "  @BeforeCheckpoint",
            "  protected static void prime() {}",
            "}"}, "protected static void prime()"),
        Arguments.of("package-private @AfterRestore hook", "Resources.reseed", new String[] {
            "public class Resources {",
            "  @AfterRestore",
            "  static void reseed() {}",
            "}"}, "static void reseed()"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notPublic")
  void providerOrHookNotPublic(String description, String method, String[] lines, String methodLine) {
    JavaFileObject resources = source("Resources", lines);

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users(), resources, plain("Db"));

    assertThat(compilation)
        .hadErrorContaining(method + " must be public (and its class public): the generated init calls it directly.")
        .inFile(resources)
        .onLineContaining(methodLine);
    assertThat(compilation).hadErrorCount(1);
  }

  // ---- wiringOwnerNotConstructible ----

  static Stream<Arguments> unconstructibleOwners() {
    return Stream.of(
        Arguments.of("private constructor", new String[] {
            "public class Resources {",
            "  private Resources() {}",
            "  @PreWarm public Db db() { return new Db(); }",
            "}"}, "public class Resources {",
            "it needs one public constructor (its parameters are @PreWarm resources), or a public constructor"
                + " without parameters"),
        Arguments.of("two public constructors with parameters", new String[] {
            "public class Resources {",
            "  public Resources(String a) {}",
            "  public Resources(int b) {}",
            "  @BeforeCheckpoint public void prime() {}",
            "}"}, "public class Resources {", "it needs one public constructor"),
        Arguments.of("abstract class", new String[] {
            "public abstract class Resources {",
            "  @AfterRestore public void reseed() {}",
            "}"}, "public abstract class Resources {", "it is abstract"),
        Arguments.of("inner class", new String[] {
            "public class Resources {",
            "  public class Inner {",
            "    @PreWarm public Db db() { return new Db(); }",
            "  }",
            "}"}, "public class Inner {", "it is an inner class; make it static or top-level"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unconstructibleOwners")
  void instanceProviderOrHookWhoseClassCannotBeCreated(String description, String[] lines, String classLine,
      String reason) {
    JavaFileObject resources = source("Resources", lines);
    String owner = classLine.contains("Inner") ? "Inner" : "Resources";

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users(), resources, plain("Db"));

    assertThat(compilation)
        .hadErrorContaining("is not static, so the generated init must create " + owner + ", but " + reason)
        .inFile(resources)
        .onLineContaining(classLine);
    assertThat(compilation).hadErrorContaining("Make the method static or the class constructible.");
    assertThat(compilation).hadErrorCount(1);
  }

  // ---- hookReturnsValue ----

  static Stream<Arguments> hooksReturningValues() {
    return Stream.of(
        Arguments.of("@BeforeCheckpoint", "Resources.prime", "  public static String prime() { return \"\"; }"),
        Arguments.of("@AfterRestore", "Resources.reseed", "  public static int reseed() { return 1; }"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hooksReturningValues")
  void checkpointHookReturnsAValue(String annotation, String method, String declaration) {
    JavaFileObject resources = source("Resources", "public class Resources {", "  " + annotation, declaration, "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users(), resources);

    assertThat(compilation)
        .hadErrorContaining("@BeforeCheckpoint and @AfterRestore methods return nothing: " + method
            + " returns a value.")
        .inFile(resources)
        .onLineContaining(declaration.strip());
    assertThat(compilation).hadErrorCount(1);
  }

  // ---- a clean application ----

  @Test
  void providersHooksAndConstructorInjectionCompileCleanly() {
    JavaFileObject app = source("App",
        "@LiftApplication(include = dev.lift.runtime.health.HealthRoutes.class)",
        "@Middleware(Timing.class)",
        "public class App {}");
    JavaFileObject resources = source("Resources",
        "public final class Resources {",
        "  private Resources() {}",
        "  @PreWarm public static Settings settings() { return new Settings(); }",
        "  @PreWarm @Named(\"primary\") public static Db primary(Settings settings) { return new Db(); }",
        "  @PreWarm @Named(\"replica\") public static Db replica(Settings settings) { return new Db(); }",
        "  @PreWarm public static dev.lift.runtime.health.HealthRegistry health(@Named(\"primary\") Db db) {",
        "    return new dev.lift.runtime.health.HealthRegistry();",
        "  }",
        "  @PreWarm public static void warm(@Named(\"replica\") Db db, Clock clock) {}",
        "  @BeforeCheckpoint public static void prime(Settings settings) {}",
        "  @AfterRestore public static void reseed(@Named(\"primary\") Db db) {}",
        "}");
    JavaFileObject clocks = source("Clocks",
        "public class Clocks {",
        "  public Clocks(Settings settings) {}",
        "  @PreWarm public Clock clock() { return new Clock(); }",
        "  @AfterRestore public void resync(Clock clock) {}",
        "}");
    JavaFileObject users = source("Users",
        "public class Users {",
        "  public Users(@Named(\"replica\") Db db, Clock clock) {}",
        ROUTE,
        "}");
    JavaFileObject timing = source("Timing",
        "public class Timing implements dev.lift.runtime.middleware.Middleware {",
        "  public Timing(Clock clock) {}",
        "}");

    Compilation compilation = Sources.compile(app, resources, clocks, users, timing,
        plain("Settings"), plain("Db"), plain("Clock"));

    assertThat(compilation).succeededWithoutWarnings();
    String generated = generatedEntryClass(compilation);
    assertInOrder(generated,
        "this.settings = Init.resource(step, Resources.settings());",
        "this.clocks = new Clocks(settings);",
        "this.clock = Init.resource(step, clocks.clock());",
        "this.primary = Init.resource(step, Resources.primary(settings));",
        "this.replica = Init.resource(step, Resources.replica(settings));",
        "this.health = Init.resource(step, Resources.health(primary));",
        "this.timing = new Timing(clock);",
        "this.users = new Users(replica, clock);",
        "this.healthRoutes = new HealthRoutes(health);",
        "Resources.warm(replica, clock);",
        "started();",
        "health.markReady();",
        "public void beforeCheckpoint() throws Exception {",
        "Resources.prime(settings);",
        "public void afterRestore() throws Exception {",
        "clocks.resync(clock);",
        "Resources.reseed(primary);");
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .contains("GET     /health/ready HealthRoutes.ready");
  }

  @Test
  void healthRoutesWithoutARegistryNameTheIncludedClass() {
    JavaFileObject app = source("App",
        "@LiftApplication(include = dev.lift.runtime.health.HealthRoutes.class)",
        "public class App {}");

    Compilation compilation = Sources.compile(app, users());

    assertThat(compilation).hadErrorContaining(
        "HealthRoutes needs a dev.lift.runtime.health.HealthRegistry, and no @PreWarm method provides one.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void healthRoutesWithoutARegistryIsReportedOnTheInclude() {
    JavaFileObject app = source("App",
        "@LiftApplication(include =",
        "    dev.lift.runtime.health.HealthRoutes.class)",
        "public class App {}");

    Compilation compilation = Sources.compile(app, users());

    assertThat(compilation)
        .hadErrorContaining("HealthRoutes needs a dev.lift.runtime.health.HealthRegistry")
        .inFile(app)
        .onLineContaining("dev.lift.runtime.health.HealthRoutes.class)");
  }

  @Test
  void resourceNamesThatAreAlsoLocalNamesOfTheInit() {
    // The generated constructor has a local 'step' and a catch parameter 'e'.
    JavaFileObject resources = source("Resources",
        "public class Resources {",
        "  @PreWarm public static Db step() { return new Db(); }",
        "  @PreWarm public static Clock e(Db db) { return new Clock(); }",
        "  @PreWarm public static Settings runtime(Db db, Clock clock) { return new Settings(); }",
        "}");
    JavaFileObject users = source("Users",
        "public class Users {",
        "  public Users(Db db, Clock clock, Settings settings) {}",
        ROUTE,
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), resources, users,
        plain("Db"), plain("Clock"), plain("Settings"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void resourceTypesGeneratedByAnotherProcessorInALaterRound() {
    JavaFileObject resources = source("Resources", "import com.example.gen.Db;",
        "public class Resources {",
        "  @PreWarm public static Db db() { return new Db(); }",
        "}");
    JavaFileObject users = source("Users", "import com.example.gen.Db;",
        "public class Users {",
        "  public Users(Db db) {}",
        ROUTE,
        "}");

    Compilation compilation = Sources.compiler()
        .withProcessors(new LiftProcessor(), new GeneratesDb())
        .compile(Sources.app(PACKAGE), resources, users);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .contains("private final Db db;");
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .contains("import com.example.gen.Db;");
  }

  @Test
  void resourceTypeThatNoProcessorGeneratesIsReportedOnTheProvider() {
    JavaFileObject resources = source("Resources", "import com.example.gen.Db;",
        "public class Resources {",
        "  @PreWarm public static Db db() { return null; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), resources, users());

    assertThat(compilation)
        .hadErrorContaining("Could not resolve the type Db used by Resources.db")
        .inFile(resources)
        .onLineContaining("@PreWarm public static Db db()");
  }

  @Test
  void preWarmInAPackageNoApplicationCoversIsReported() {
    JavaFileObject stray = Sources.source("org.elsewhere.Resources", IMPORTS,
        "public class Resources {",
        "  @PreWarm public static String name() { return \"x\"; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users(), stray);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("org.elsewhere.Resources has @PreWarm, @BeforeCheckpoint or @AfterRestore methods but no"
            + " @LiftApplication covers package 'org.elsewhere'")
        .inFile(stray)
        .onLineContaining("public class Resources");
  }

  @Test
  void preWarmInALibraryWithoutApplicationsIsFine() {
    JavaFileObject library = Sources.source("org.library.Resources", IMPORTS,
        "public class Resources {",
        "  @PreWarm public static String name() { return \"x\"; }",
        "}");

    assertThat(Sources.compile(library)).succeededWithoutWarnings();
  }

  /** Writes {@code com.example.gen.Db} in its first round, as AutoValue or Dagger would write a type. */
  @javax.annotation.processing.SupportedAnnotationTypes("*")
  static final class GeneratesDb extends javax.annotation.processing.AbstractProcessor {
    private boolean written;

    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return javax.lang.model.SourceVersion.latestSupported();
    }

    @Override
    public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
        javax.annotation.processing.RoundEnvironment round) {
      if (!written) {
        written = true;
        try (java.io.Writer out = processingEnv.getFiler().createSourceFile("com.example.gen.Db").openWriter()) {
          out.write("package com.example.gen; public class Db {}");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void includedRouteThatClashesIsReportedInTheSources() {
    JavaFileObject app = source("App",
        "@LiftApplication(include = dev.lift.runtime.health.HealthRoutes.class)",
        "public class App {}");
    JavaFileObject resources = source("Resources",
        "public class Resources {",
        "  @PreWarm public static dev.lift.runtime.health.HealthRegistry health() {",
        "    return new dev.lift.runtime.health.HealthRegistry();",
        "  }",
        "}");
    JavaFileObject status = source("Status",
        "public class Status {",
        "  @Route(\"GET /health\") public String health() { return \"\"; }",
        "}");

    Compilation compilation = Sources.compile(app, resources, status);

    assertThat(compilation)
        .hadErrorContaining("Route GET /health is declared twice: HealthRoutes.health and Status.health.")
        .inFile(status)
        .onLineContaining("@Route(\"GET /health\")");
  }

  // ---- helpers ----

  private static String generatedEntryClass(Compilation compilation) {
    return GoldenFiles.contents(compilation.generatedSourceFile(PACKAGE + ".LiftApp").orElseThrow());
  }

  /** Each of {@code parts} occurs in {@code text}, each after the one before. */
  private static void assertInOrder(String text, String... parts) {
    int from = 0;
    for (String part : parts) {
      int at = text.indexOf(part, from);
      if (at < 0) {
        throw new AssertionError("Expected, after position " + from + ": " + part + "\nin:\n" + text);
      }
      from = at + part.length();
    }
  }

  /** {@code com.example.<name>}: the common imports, this feature's, then {@code lines}. */
  private static JavaFileObject source(String name, String... lines) {
    List<String> all = new ArrayList<>();
    all.add(IMPORTS);
    all.addAll(List.of(lines));
    return Sources.source(PACKAGE + "." + name, all.toArray(String[]::new));
  }

  /** A public class {@code com.example.<name>} with nothing in it: a resource type. */
  private static JavaFileObject plain(String name) {
    return source(name, "public class " + name + " {}");
  }

  private static JavaFileObject middleware(String name) {
    return source(name, "public class " + name + " implements dev.lift.runtime.middleware.Middleware {}");
  }

  /** The application, applying middleware {@code Timing} to every request. */
  private static JavaFileObject appWithTiming() {
    return source("App", "@LiftApplication", "@Middleware(Timing.class)", "public class App {}");
  }

  private static JavaFileObject users() {
    return source("Users", "public class Users {", ROUTE, "}");
  }
}
