package dev.lift.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lift.processor.Sources.PACKAGE;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Annotations meta-annotated with {@code @MiddlewareBinding}, and parameter types marked
 * {@code @ExchangeValue}, that the generated code cannot use. Errors point at the annotation on
 * the route (or at the parameter), where the user wrote the use.
 */
class BindingAnnotationDiagnosticsTest {
  private static final String IMPORTS =
      "import dev.lift.annotations.MiddlewareBinding; import dev.lift.annotations.ExchangeValue;"
          + " import dev.lift.annotations.RunsAfter; import dev.lift.runtime.http.Exchange;"
          + " import java.lang.annotation.*;";

  @Test
  void bindingThatAppliesNoMiddleware() {
    JavaFileObject users = users("  @Quota(limit = 3) // here");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, quota("int limit();"),
        source("QuotaCheck", "public class QuotaCheck {", "  public QuotaCheck(Quota quota) {}", "}"));

    assertThat(compilation)
        .hadErrorContaining("@Quota applies com.example.QuotaCheck (@MiddlewareBinding), which does not implement"
            + " dev.lift.runtime.middleware.Middleware.")
        .inFile(users)
        .onLineContaining("@Quota(limit = 3) // here");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void middlewareWithoutAConstructorTakingTheAnnotation() {
    JavaFileObject users = users("  @Quota(limit = 3) // here");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, quota("int limit();"),
        source("QuotaCheck", "public class QuotaCheck implements dev.lift.runtime.middleware.Middleware {",
            "  public QuotaCheck(int limit) {}", "}"));

    assertThat(compilation)
        .hadErrorContaining("Middleware com.example.QuotaCheck cannot be created by the generated code: it needs a"
            + " public constructor whose first parameter is @Quota (its other parameters are @PreWarm resources)")
        .inFile(users)
        .onLineContaining("@Quota(limit = 3) // here");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void annotationMemberThatGeneratedCodeCannotWrite() {
    JavaFileObject users = users("  @Quota(limit = 3, retention = @Retention(RetentionPolicy.CLASS)) // here");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users,
        quota("int limit(); Retention retention();"), quotaCheck(""));

    assertThat(compilation)
        .hadErrorContaining("@Quota.retention() is of type java.lang.annotation.Retention, which Lift cannot pass"
            + " to its middleware")
        .inFile(users)
        .onLineContaining("// here");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void boundMiddlewareNeedsResourcesLikeAnyOther() {
    JavaFileObject users = users("  @Quota(limit = 3)");
    JavaFileObject check = source("QuotaCheck",
        "public class QuotaCheck implements dev.lift.runtime.middleware.Middleware {",
        "  public QuotaCheck(Quota quota,",
        "      java.time.Clock clock) {}",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, quota("int limit();"), check);

    assertThat(compilation)
        .hadErrorContaining("java.time.Clock")
        .inFile(check)
        .onLineContaining("java.time.Clock clock");
  }

  @Test
  void boundMiddlewareBeforeWhatItMustRunAfter() {
    JavaFileObject users = source("Users",
        "public class Users {",
        "  @Route(\"GET /users\")",
        "  @Quota(limit = 3) // here",
        "  @dev.lift.annotations.Middleware(Auth.class)",
        "  public String list() { return \"\"; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, quota("int limit();"),
        quotaCheck("@RunsAfter(Auth.class)"), source("Auth",
            "public class Auth implements dev.lift.runtime.middleware.Middleware {}"));

    // The binding runs after the @Middleware of its scope: Auth > QuotaCheck, as @RunsAfter wants.
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .contains("// runs: Auth > QuotaCheck (@Quota) > Users.list");
  }

  @Test
  void boundMiddlewareInAnOuterScopeThanWhatItMustRunAfter() {
    JavaFileObject users = source("Users",
        "@Quota(limit = 3) // here",
        "public class Users {",
        "  @Route(\"GET /users\")",
        "  @dev.lift.annotations.Middleware(Auth.class)",
        "  public String list() { return \"\"; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, quota("int limit();"),
        quotaCheck("@RunsAfter(Auth.class)"), source("Auth",
            "public class Auth implements dev.lift.runtime.middleware.Middleware {}"));

    assertThat(compilation)
        .hadErrorContaining("QuotaCheck must run after Auth (@RunsAfter on QuotaCheck), but route GET /users"
            + " applies it before.")
        .inFile(users)
        .onLineContaining("@Quota(limit = 3) // here");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void differentValuesInClassAndRouteScopesRunBothWithoutWarning() {
    JavaFileObject users = source("Users",
        "@Quota(limit = 30)",
        "public class Users {",
        "  @Route(\"GET /users\")",
        "  @Quota(limit = 3)",
        "  public String list() { return \"\"; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, quota("int limit();"), quotaCheck(""));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .contains("// runs: QuotaCheck (@Quota) > QuotaCheck (@Quota) > Users.list");
  }

  @Test
  void bindingOnAnEventHandlerRunsItsEventMiddleware() {
    JavaFileObject jobs = source("Jobs",
        "public class Jobs {",
        "  @dev.lift.annotations.Sqs(\"orders\")",
        "  @Quota(limit = 3)",
        "  public void order(dev.lift.runtime.events.SqsMessage message) {}",
        "}");
    JavaFileObject check = source("QuotaCheck",
        "public class QuotaCheck implements dev.lift.runtime.middleware.Middleware,",
        "    dev.lift.runtime.events.EventMiddleware {",
        "  public QuotaCheck(Quota quota) {}",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users("  // no binding"), jobs,
        quota("int limit();"), check);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .contains("quotaCheck1.before(exchange);");
  }

  @Test
  void exchangeValueWithoutItsMethod() {
    JavaFileObject users = source("Users",
        "public class Users {",
        "  @Route(\"GET /users\")",
        "  public String list(",
        "      Caller caller) { return \"\"; }",
        "}");
    JavaFileObject caller = source("Caller",
        "@ExchangeValue",
        "public class Caller {",
        "  public static Caller current(Exchange exchange) { return new Caller(); }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, caller);

    assertThat(compilation)
        .hadErrorContaining("com.example.Caller is marked @ExchangeValue but has no public static method"
            + " from(Exchange) returning com.example.Caller.")
        .inFile(users)
        .onLineContaining("Caller caller)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void exchangeValueWithItsNamedMethodIsBoundByIt() {
    JavaFileObject users = source("Users",
        "public class Users {",
        "  @Route(\"GET /users\")",
        "  public String list(Caller caller) { return caller.toString(); }",
        "}");
    JavaFileObject caller = source("Caller",
        "@ExchangeValue(method = \"current\")",
        "public class Caller {",
        "  public static Caller current(Exchange exchange) { return new Caller(); }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, caller);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .contains("users.list(Caller.current(exchange))");
  }

  private static JavaFileObject users(String annotationLine) {
    return source("Users",
        "public class Users {",
        "  @Route(\"GET /users\")",
        annotationLine,
        "  public String list() { return \"\"; }",
        "}");
  }

  private static JavaFileObject quota(String members) {
    return source("Quota",
        "@MiddlewareBinding(QuotaCheck.class)",
        "@Retention(RetentionPolicy.CLASS) @Target({ElementType.METHOD, ElementType.TYPE})",
        "public @interface Quota { " + members + " }");
  }

  private static JavaFileObject quotaCheck(String annotation) {
    return source("QuotaCheck", annotation,
        "public class QuotaCheck implements dev.lift.runtime.middleware.Middleware {",
        "  public QuotaCheck(Quota quota) {}",
        "}");
  }

  private static JavaFileObject source(String name, String... lines) {
    List<String> all = new ArrayList<>();
    all.add(IMPORTS);
    all.addAll(List.of(lines));
    return Sources.source(PACKAGE + "." + name, all.toArray(String[]::new));
  }
}
