package dev.lift.bench.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * One route table of the routing benchmark, as data (written by {@code src/gen/RouteTableGenerator.java}),
 * with the three requests every contender is timed on: a static route, a route with two path
 * variables, and a path that no route has (404) but whose first segments do match.
 */
public record RouteTable(
    int size, List<Route> routes, String staticPath, String paramPath, String missPath) {

  /** {@code GET /accounts/{id}}, in API Gateway's syntax. */
  public record Route(String method, String pattern) {
    /** The variable names in order, for example {@code [id, subId]}. */
    public List<String> variables() {
      List<String> names = new ArrayList<>();
      for (String segment : pattern.substring(1).split("/")) {
        if (segment.startsWith("{")) {
          names.add(segment.substring(1, segment.length() - 1));
        }
      }
      return names;
    }
  }

  /** The path of a request kind: {@code static}, {@code param} or {@code miss}. */
  public String path(String kind) {
    switch (kind) {
      case "static": return staticPath;
      case "param": return paramPath;
      case "miss": return missPath;
      default: throw new IllegalArgumentException("Unknown request kind " + kind);
    }
  }
}
