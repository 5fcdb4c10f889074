package dev.lift.processor.reading;

import dev.lift.processor.base.Messages;
import dev.lift.processor.model.RoutePattern;
import dev.lift.processor.model.Segment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parses {@code "METHOD /path"} in API Gateway's route syntax. */
public final class RouteParser {
  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", RoutePattern.ANY);
  /** RFC 3986 pchar without percent-encoding: what a literal segment may hold. */
  private static final String LITERAL_PUNCTUATION = "-._~!$&'()*+,;=:@";

  private RouteParser() {}

  /** Thrown with a message from {@link Messages}. */
  public static final class RouteSyntaxException extends Exception {
    RouteSyntaxException(String message) {
      super(message, null, false, false);
    }
  }

  public static RoutePattern parse(String route) throws RouteSyntaxException {
    int space = route.indexOf(' ');
    if (space < 0) {
      throw malformed(route, "there is no space between the method and the path");
    }
    String method = route.substring(0, space);
    String path = route.substring(space + 1);
    if (method.isEmpty() || path.isEmpty() || path.charAt(0) == ' ') {
      throw malformed(route, "expected exactly one space between the method and the path");
    }
    if (!METHODS.contains(method)) {
      throw new RouteSyntaxException(Messages.unknownMethod(route, method));
    }
    return new RoutePattern(method, segments(route, path));
  }

  private static List<Segment> segments(String route, String path) throws RouteSyntaxException {
    if (path.charAt(0) != '/') {
      throw malformed(route, "the path must start with '/'");
    }
    if (path.equals("/")) {
      return List.of();
    }
    if (path.endsWith("/")) {
      throw malformed(route, "the path ends with '/'; write it without (a trailing slash is ignored in requests)");
    }
    List<Segment> segments = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String[] parts = path.substring(1).split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      Segment segment = segment(route, parts[i]);
      if (segment.kind() == Segment.Kind.GREEDY && i != parts.length - 1) {
        throw new RouteSyntaxException(Messages.greedyNotLast(route, segment.text()));
      }
      if (segment.isVariable() && !names.add(segment.text())) {
        throw new RouteSyntaxException(Messages.duplicateVariable(route, segment.text()));
      }
      segments.add(segment);
    }
    return segments;
  }

  private static Segment segment(String route, String part) throws RouteSyntaxException {
    if (part.isEmpty()) {
      throw malformed(route, "it has an empty segment ('//')");
    }
    boolean opens = part.startsWith("{");
    boolean closes = part.endsWith("}");
    if (opens && closes) {
      boolean greedy = part.endsWith("+}");
      String name = part.substring(1, part.length() - (greedy ? 2 : 1));
      if (name.isEmpty()) {
        throw malformed(route, "segment '" + part + "' has an empty variable name");
      }
      for (int c = 0; c < name.length(); c++) {
        char ch = name.charAt(c);
        if (!(Character.isLetterOrDigit(ch) && ch < 0x80) && ch != '_' && ch != '-' && ch != '.') {
          throw malformed(route, "variable name '" + name + "' may hold only letters, digits, '_', '-' and '.'");
        }
      }
      return greedy ? Segment.greedy(name) : Segment.variable(name);
    }
    for (int c = 0; c < part.length(); c++) {
      char ch = part.charAt(c);
      if (ch == '{' || ch == '}') {
        throw malformed(route, "segment '" + part + "' mixes text and a variable; a variable fills a whole segment");
      }
      if (ch == '?' || ch == '#') {
        throw malformed(route, "a route path has no query string or fragment");
      }
      boolean allowed = (ch < 0x80 && Character.isLetterOrDigit(ch)) || LITERAL_PUNCTUATION.indexOf(ch) >= 0;
      if (!allowed) {
        throw malformed(route, "segment '" + part + "' contains '" + ch
            + "'; literal segments hold letters, digits and " + LITERAL_PUNCTUATION);
      }
    }
    return Segment.literal(part);
  }

  private static RouteSyntaxException malformed(String route, String problem) {
    return new RouteSyntaxException(Messages.malformedRoute(route, problem));
  }
}
