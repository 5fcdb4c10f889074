package dev.lift.processor.dispatch;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * A route table under test, independent of the processor's model: the routes, and the Java
 * sources of an application serving them. Each route method returns {@link #expectedBody}, which
 * names the route and the values of its path variables, so a response says which route ran.
 */
final class RouteTable {
  static final String PACKAGE = "app";
  static final String ENTRY_CLASS = PACKAGE + ".LiftApp";
  /** Handlers are spread over this many classes, some in a subpackage of the application. */
  private static final int HANDLER_CLASSES = 3;

  enum Kind {
    // In precedence order: a literal beats a variable, a variable beats a greedy variable.
    LITERAL,
    VARIABLE,
    GREEDY
  }

  record Segment(Kind kind, String text) {
    static Segment literal(String text) {
      return new Segment(Kind.LITERAL, text);
    }

    static Segment variable(String name) {
      return new Segment(Kind.VARIABLE, name);
    }

    static Segment greedy(String name) {
      return new Segment(Kind.GREEDY, name);
    }

    String shape() {
      return kind == Kind.LITERAL ? text : kind == Kind.VARIABLE ? "{}" : "{+}";
    }

    @Override
    public String toString() {
      return kind == Kind.LITERAL ? text : kind == Kind.VARIABLE ? "{" + text + "}" : "{" + text + "+}";
    }
  }

  record Route(int id, String method, List<Segment> segments) {
    Route {
      segments = List.copyOf(segments);
    }

    String path() {
      return "/" + segments.stream().map(Segment::toString).collect(Collectors.joining("/"));
    }

    /** The path with variable names erased: routes of one shape match the same paths. */
    String shape() {
      return "/" + segments.stream().map(Segment::shape).collect(Collectors.joining("/"));
    }

    List<Segment> variables() {
      return segments.stream().filter(s -> s.kind() != Kind.LITERAL).toList();
    }

    @Override
    public String toString() {
      return method + " " + path();
    }
  }

  private final List<Route> routes;

  private RouteTable(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  /**
   * A table of these routes, {@code "METHOD /path"} each, numbered in order. Drops what the
   * processor rejects instead of compiling: a route with the method and shape of an earlier one.
   */
  static RouteTable of(List<String> routes) {
    List<Route> parsed = new ArrayList<>();
    for (String route : routes) {
      parsed.add(parse(parsed.size(), route));
    }
    return ofRoutes(parsed);
  }

  /** Renumbers the routes and drops the ones whose method and shape an earlier route has. */
  static RouteTable ofRoutes(List<Route> routes) {
    Map<String, Route> byMethodAndShape = new LinkedHashMap<>();
    for (Route route : routes) {
      byMethodAndShape.putIfAbsent(route.method() + " " + route.shape(), route);
    }
    List<Route> numbered = new ArrayList<>();
    for (Route route : byMethodAndShape.values()) {
      numbered.add(new Route(numbered.size(), route.method(), route.segments()));
    }
    return new RouteTable(numbered);
  }

  private static Route parse(int id, String route) {
    String[] methodAndPath = route.split(" ", 2);
    List<Segment> segments = new ArrayList<>();
    String path = methodAndPath[1].substring(1);
    if (!path.isEmpty()) {
      for (String part : path.split("/", -1)) {
        if (part.endsWith("+}")) {
          segments.add(Segment.greedy(part.substring(1, part.length() - 2)));
        } else if (part.startsWith("{")) {
          segments.add(Segment.variable(part.substring(1, part.length() - 1)));
        } else {
          segments.add(Segment.literal(part));
        }
      }
    }
    return new Route(id, methodAndPath[0], segments);
  }

  List<Route> routes() {
    return routes;
  }

  Route route(int id) {
    return routes.get(id);
  }

  /** What route {@code route} answers when its variables have these (decoded) values. */
  static String expectedBody(Route route, Map<String, String> variables) {
    StringBuilder body = new StringBuilder("r").append(route.id());
    for (Segment variable : route.variables()) {
      body.append('|').append(variable.text()).append('=').append(variables.get(variable.text()));
    }
    return body.toString();
  }

  /** The application class and the handler classes, routes dealt round-robin to the handlers. */
  List<JavaFileObject> sources() {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(JavaFileObjects.forSourceLines(PACKAGE + ".App",
        "package " + PACKAGE + ";",
        "",
        "@dev.lift.annotations.LiftApplication",
        "public class App {}"));
    for (int handler = 0; handler < HANDLER_CLASSES; handler++) {
      StringBuilder body = new StringBuilder();
      for (Route route : routes) {
        if (route.id() % HANDLER_CLASSES == handler) {
          body.append(routeMethod(route));
        }
      }
      if (body.length() == 0) {
        continue;
      }
      // Handler 2 lives in a subpackage: the application owns its whole package tree.
      String pkg = handler == 2 ? PACKAGE + ".more" : PACKAGE;
      String name = "Handler" + handler;
      sources.add(JavaFileObjects.forSourceString(pkg + "." + name,
          "package " + pkg + ";\n\n"
              + "import dev.lift.annotations.PathParam;\n"
              + "import dev.lift.annotations.Route;\n\n"
              + "public class " + name + " {\n" + body + "}\n"));
    }
    return sources;
  }

  private static String routeMethod(Route route) {
    List<String> parameters = new ArrayList<>();
    StringBuilder result = new StringBuilder("\"r" + route.id() + "\"");
    Set<String> names = new HashSet<>();
    int index = 0;
    for (Segment variable : route.variables()) {
      if (!names.add(variable.text())) {
        throw new IllegalArgumentException("Variable " + variable + " twice in " + route);
      }
      String parameter = "p" + index++;
      parameters.add("@PathParam(\"" + variable.text() + "\") String " + parameter);
      result.append(" + \"|").append(variable.text()).append("=\" + ").append(parameter);
    }
    return "  @Route(\"" + route + "\")\n"
        + "  public String r" + route.id() + "(" + String.join(", ", parameters) + ") {\n"
        + "    return " + result + ";\n"
        + "  }\n\n";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RouteTable other && routes.equals(other.routes);
  }

  @Override
  public int hashCode() {
    return routes.hashCode();
  }

  /** One route a line, as a test writes a table: {@code r0 GET /users/{id}}. */
  @Override
  public String toString() {
    return routes.stream().map(r -> "r" + r.id() + " " + r).collect(Collectors.joining("\n  ", "[\n  ", "\n]"));
  }
}
