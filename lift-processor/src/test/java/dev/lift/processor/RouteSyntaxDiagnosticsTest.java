package dev.lift.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lift.processor.Sources.PACKAGE;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Errors in the text of a {@code @Route}, reported on the {@code @Route} line. */
class RouteSyntaxDiagnosticsTest {
  static Stream<Arguments> malformedRoutes() {
    return Stream.of(
        Arguments.of("GET/users", "there is no space between the method and the path"),
        Arguments.of("GET  /users", "expected exactly one space between the method and the path"),
        Arguments.of("GET users", "the path must start with '/'"),
        Arguments.of("GET /users/", "the path ends with '/'"),
        Arguments.of("GET /users//{id}", "it has an empty segment ('//')"),
        Arguments.of("GET /users/a{id}", "segment 'a{id}' mixes text and a variable"),
        Arguments.of("GET /users/{id}x", "segment '{id}x' mixes text and a variable"),
        Arguments.of("GET /users/a%20b", "segment 'a%20b' contains '%'"),
        Arguments.of("GET /users?active=true", "a route path has no query string or fragment"),
        Arguments.of("GET /users/{}", "segment '{}' has an empty variable name"),
        Arguments.of("GET /files/{+}", "segment '{+}' has an empty variable name"),
        Arguments.of("GET /users/{user id}", "variable name 'user id' may hold only letters, digits"));
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @MethodSource("malformedRoutes")
  void malformedRoute(String route, String problem) {
    JavaFileObject users = handlerWithRoute(route);

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Route \"" + route + "\" is malformed: " + problem)
        .inFile(users)
        .onLineContaining("@Route(\"" + route + "\")");
  }

  @Test
  void unknownMethod() {
    JavaFileObject users = handlerWithRoute("FETCH /users");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Unknown HTTP method 'FETCH' in route \"FETCH /users\". Use GET, POST")
        .inFile(users)
        .onLineContaining("@Route(\"FETCH /users\")");
  }

  @Test
  void methodsAreCaseSensitive() {
    JavaFileObject users = handlerWithRoute("get /users");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Unknown HTTP method 'get'")
        .inFile(users)
        .onLineContaining("@Route(\"get /users\")");
  }

  @Test
  void greedyVariableNotLast() {
    JavaFileObject files = Sources.handler(PACKAGE + ".Files",
        "  @Route(\"GET /files/{path+}/meta\")",
        "  public String meta(@PathParam String path) { return path; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), files);

    assertThat(compilation)
        .hadErrorContaining("Greedy variable {path+} must be the last segment of route \"GET /files/{path+}/meta\"")
        .inFile(files)
        .onLineContaining("@Route(\"GET /files/{path+}/meta\")");
  }

  @Test
  void duplicateVariableName() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users/{id}/friends/{id}\")",
        "  public String friend(@PathParam String id) { return id; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Route \"GET /users/{id}/friends/{id}\" names the variable {id} twice")
        .inFile(users)
        .onLineContaining("@Route(\"GET /users/{id}/friends/{id}\")");
  }

  /** The route on its own line and the method below it, so that the two lines can be told apart. */
  private static JavaFileObject handlerWithRoute(String route) {
    return Sources.handler(PACKAGE + ".Users",
        "  @Route(\"" + route + "\")",
        "  public String users() { return \"\"; }");
  }
}
