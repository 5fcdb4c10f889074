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

/** Route methods the generated code cannot call, and handler classes it cannot construct. */
class HandlerDiagnosticsTest {
  @Test
  void routeMethodNotPublic() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users\")",
        "  String list() { return \"\"; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Route method Users.list must be public: the generated handler calls it directly.")
        .inFile(users)
        .onLineContaining("@Route(\"GET /users\")");
  }

  @Test
  void routeMethodAbstract() {
    JavaFileObject users = Sources.source(PACKAGE + ".Users",
        "public abstract class Users {",
        "  @Route(\"GET /users\")",
        "  public abstract String list();",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Route method Users.list is abstract. Route methods need a body;"
            + " annotate the implementation.")
        .inFile(users)
        .onLineContaining("@Route(\"GET /users\")");
  }

  static Stream<Arguments> unconstructibleHandlers() {
    String route = "  @Route(\"GET /users\") public String list() { return \"\"; }";
    return Stream.of(
        Arguments.of("several public constructors, none without parameters", "com.example.Users",
            new String[] {"public class Users {", "  public Users(String name) {}", "  public Users(int id) {}",
                route, "}"},
            "public class Users {", "it needs one public constructor (its parameters are @PreWarm resources), or a public constructor without parameters"),
        Arguments.of("private constructor", "com.example.Users",
            new String[] {"public class Users {", "  private Users() {}", route, "}"},
            "public class Users {", "it needs one public constructor (its parameters are @PreWarm resources), or a public constructor without parameters"),
        Arguments.of("class not public", "com.example.Users",
            new String[] {"class Users {", route, "}"},
            "class Users {", "it is not public"),
        Arguments.of("abstract class", "com.example.Users",
            new String[] {"public abstract class Users {", route, "}"},
            "public abstract class Users {", "it is abstract"),
        Arguments.of("inner class", "com.example.Outer.Users",
            new String[] {"public class Outer {", "  public class Users {", route, "  }", "}"},
            "public class Users {", "it is an inner class; make it static or top-level"),
        Arguments.of("enclosing class not public", "com.example.Outer.Users",
            new String[] {"class Outer {", "  public static class Users {", route, "  }", "}"},
            "public static class Users {", "its enclosing class Outer is not public"),
        Arguments.of("instance route of an interface", "com.example.Users",
            new String[] {"public interface Users {",
                "  @Route(\"GET /users\") default String list() { return \"\"; }", "}"},
            "public interface Users {", "it is an interface; route methods of interfaces and enums must be static"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unconstructibleHandlers")
  void handlerNotConstructible(
      String description, String handler, String[] lines, String classLine, String reason) {
    String file = handler.startsWith(PACKAGE + ".Outer") ? PACKAGE + ".Outer" : handler;
    JavaFileObject source = Sources.source(file, lines);

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), source);

    assertThat(compilation)
        .hadErrorContaining("Handler class " + handler + " cannot be constructed by the generated code: " + reason + ".")
        .inFile(source)
        .onLineContaining(classLine);
  }

  @Test
  void staticRoutesNeedNoConstructor() {
    JavaFileObject users = Sources.source(PACKAGE + ".Users",
        "public final class Users {",
        "  private Users() {}",
        "  @Route(\"GET /users\") public static String list() { return \"\"; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(PACKAGE + ".LiftApp").contentsAsUtf8String()
        .doesNotContain("new Users()");
  }
}
