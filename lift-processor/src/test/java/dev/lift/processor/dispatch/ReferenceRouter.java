package dev.lift.processor.dispatch;

import dev.lift.processor.dispatch.RouteTable.Kind;
import dev.lift.processor.dispatch.RouteTable.Route;
import dev.lift.processor.dispatch.RouteTable.Segment;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routing rules written down as plainly as possible, to check the generated matcher against:
 * find every shape whose pattern matches the path, sort them by precedence, take the first that
 * has a route for the method. Slow and obvious on purpose; it shares no code with the processor.
 */
final class ReferenceRouter {
  /** The order of methods in an {@code Allow} header. */
  private static final List<String> ALLOW_ORDER =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  /** Routes of one shape, by method ({@code ANY} included). */
  private record Shape(List<Segment> pattern, Map<String, Route> byMethod) {}

  private final List<Shape> shapes = new ArrayList<>();

  ReferenceRouter(RouteTable table) {
    Map<String, Shape> byShape = new LinkedHashMap<>();
    for (Route route : table.routes()) {
      Shape shape = byShape.computeIfAbsent(route.shape(), k -> new Shape(route.segments(), new LinkedHashMap<>()));
      if (shape.byMethod().putIfAbsent(route.method(), route) != null) {
        throw new IllegalArgumentException("Two routes " + route.method() + " " + route.shape());
      }
    }
    shapes.addAll(byShape.values());
  }

  /** How many shapes match the path: more than one means precedence decides. */
  int matchingShapes(String rawPath) {
    return matchingShapes(segments(rawPath)).size();
  }

  private List<Shape> matchingShapes(List<String> path) {
    List<Shape> matching = new ArrayList<>();
    for (Shape shape : shapes) {
      if (matches(shape.pattern(), path)) {
        matching.add(shape);
      }
    }
    return matching;
  }

  Outcome route(String method, String rawPath) {
    List<String> path = segments(rawPath);
    List<Shape> matching = matchingShapes(path);
    if (matching.isEmpty()) {
      return Outcome.notFound();
    }
    matching.sort(Comparator.comparing(Shape::pattern, ReferenceRouter::precedence));
    for (Shape shape : matching) {
      Route route = shape.byMethod().get(method);
      if (route == null && method.equals("HEAD")) {
        route = shape.byMethod().get("GET");
      }
      if (route == null) {
        route = shape.byMethod().get("ANY");
      }
      if (route != null) {
        return Outcome.routed(RouteTable.expectedBody(route, variables(route, path)));
      }
    }
    Set<String> allowed = new LinkedHashSet<>();
    for (Shape shape : matching) {
      allowed.addAll(shape.byMethod().keySet());
    }
    if (allowed.contains("GET")) {
      allowed.add("HEAD");
    }
    return Outcome.notAllowed(String.join(", ", ALLOW_ORDER.stream().filter(allowed::contains).toList()));
  }

  /** {@code /} has no segments; one trailing slash is ignored; {@code //} makes an empty segment. */
  static List<String> segments(String rawPath) {
    String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.isEmpty() ? List.of() : Arrays.asList(path.split("/", -1));
  }

  static boolean matches(List<Segment> pattern, List<String> path) {
    int last = pattern.size() - 1;
    boolean greedy = !pattern.isEmpty() && pattern.get(last).kind() == Kind.GREEDY;
    if (greedy ? path.size() < pattern.size() : path.size() != pattern.size()) {
      return false;
    }
    for (int i = 0; i < pattern.size(); i++) {
      Segment segment = pattern.get(i);
      String sent = path.get(i);
      boolean ok = segment.kind() == Kind.LITERAL ? sent.equals(segment.text()) : !sent.isEmpty();
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** At the first position where two patterns differ in kind, the lower kind wins. */
  static int precedence(List<Segment> a, List<Segment> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int byKind = a.get(i).kind().compareTo(b.get(i).kind());
      if (byKind != 0) {
        return byKind;
      }
    }
    // Two different shapes that match one path always differ in kind somewhere.
    throw new IllegalStateException("No precedence between " + a + " and " + b);
  }

  private static Map<String, String> variables(Route route, List<String> path) {
    Map<String, String> values = new LinkedHashMap<>();
    List<Segment> pattern = route.segments();
    for (int i = 0; i < pattern.size(); i++) {
      Segment segment = pattern.get(i);
      if (segment.kind() == Kind.VARIABLE) {
        values.put(segment.text(), percentDecode(path.get(i)));
      } else if (segment.kind() == Kind.GREEDY) {
        values.put(segment.text(), percentDecode(String.join("/", path.subList(i, path.size()))));
      }
    }
    return values;
  }

  /** {@code %XX} escapes are UTF-8 bytes; everything else stands for itself. */
  static String percentDecode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
