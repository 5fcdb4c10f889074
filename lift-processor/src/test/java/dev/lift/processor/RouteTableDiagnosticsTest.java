package dev.lift.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lift.processor.Sources.PACKAGE;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Routes of one application that would match the same requests. */
class RouteTableDiagnosticsTest {
  @Test
  void duplicateRouteInTwoClasses() {
    JavaFileObject admins = Sources.handler(PACKAGE + ".Admins",
        "  @Route(\"GET /users/{id}\")",
        "  public String user(@PathParam String id) { return id; }");
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users/{id}\")",
        "  public String get(@PathParam String id) { return id; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users, admins);

    assertThat(compilation)
        .hadErrorContaining("Route GET /users/{id} is declared twice: Admins.user and Users.get."
            + " Remove one or change its path.")
        .inFile(users)
        .onLineContaining("@Route(\"GET /users/{id}\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void overlappingRoutesDifferingOnlyInVariableNames() {
    JavaFileObject things = Sources.handler(PACKAGE + ".Things",
        "  @Route(\"GET /a/{x}\")",
        "  public String byX(@PathParam String x) { return x; }",
        "  @Route(\"GET /a/{y}\")",
        "  public String byY(@PathParam String y) { return y; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), things);

    assertThat(compilation)
        .hadErrorContaining("Routes GET /a/{y} (Things.byY) and GET /a/{x} (Things.byX) match the same requests")
        .inFile(things)
        .onLineContaining("@Route(\"GET /a/{y}\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void explicitMethodBesideAnyIsNoOverlap() {
    JavaFileObject things = Sources.handler(PACKAGE + ".Things",
        "  @Route(\"GET /a/{x}\")",
        "  public String byX(@PathParam String x) { return x; }",
        "  @Route(\"ANY /a/{y}\")",
        "  public String anyY(@PathParam String y) { return y; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), things);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .containsMatch("(?s)things\\.byX\\(.*things\\.anyY\\(");
  }
}
