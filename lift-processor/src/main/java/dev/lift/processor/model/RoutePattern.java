package dev.lift.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A parsed route: {@code method} is an HTTP method name or {@code ANY}; the path is the list of
 * its segments ({@code GET /} has none).
 */
public record RoutePattern(String method, List<Segment> segments) {
  public static final String ANY = "ANY";

  public RoutePattern {
    segments = List.copyOf(segments);
  }

  public boolean anyMethod() {
    return ANY.equals(method);
  }

  public String path() {
    return "/" + segments.stream().map(Segment::toString).collect(Collectors.joining("/"));
  }

  /** The path with variable names erased. */
  public String shape() {
    return "/" + segments.stream().map(Segment::shape).collect(Collectors.joining("/"));
  }

  /** The segment index of a path variable, if the route has it. */
  public Optional<Integer> indexOfVariable(String name) {
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).isVariable() && segments.get(i).text().equals(name)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return method + " " + path();
  }
}
