package dev.lift.processor.dispatch;

import dev.lift.processor.dispatch.RouteTable.Kind;
import dev.lift.processor.dispatch.RouteTable.Route;
import dev.lift.processor.dispatch.RouteTable.Segment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Random route tables, compiled by the processor, route random requests as {@link ReferenceRouter}
 * says the rules do: same status, same route, same variable values, same {@code Allow} header.
 *
 * <p>Each try compiles one table (3 to 40 routes over a few literals, so that routes overlap,
 * compete on precedence and collide on {@link String#hashCode()}: {@code "Aa"} and {@code "BB"})
 * and sends it 200 requests, most of them built from the table's own routes and then bent:
 * a trailing slash, an empty segment, one segment more or less.
 */
class DispatchPropertyTest {
  /**
   * Literals of route paths. {@code "Aa".hashCode() == "BB".hashCode()}; {@code "-"} has no letter
   * or digit to name a generated method after.
   */
  private static final List<String> LITERALS = List.of("a", "b", "users", "me", "Aa", "BB", "-");
  /** Segments of request paths: the literals, values no literal has, and percent-encoded text. */
  private static final List<String> VALUES = List.of(
      "a", "b", "users", "me", "Aa", "BB", "-", "x1", "42", "AaAa", "BBBB", "caf%C3%A9", "a%20b", "-_.~", "");
  private static final List<String> REQUEST_METHODS =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");
  private static final int REQUESTS_PER_TABLE = 200;

  @Property(tries = 50)
  @StatisticsReport(format = Histogram.class)
  void generatedDispatcherRoutesAsTheRulesSay(
      @ForAll("tables") RouteTable table,
      @ForAll @Size(REQUESTS_PER_TABLE) List<@From("requests") RequestRecipe> recipes) {
    CompiledApp app = CompiledApp.of(table);
    ReferenceRouter reference = new ReferenceRouter(table);
    List<String> disagreements = new ArrayList<>();
    for (RequestRecipe recipe : recipes) {
      String method = recipe.method(table);
      String path = recipe.path(table);
      Outcome expected = reference.route(method, path);
      Outcome actual = app.dispatch(method, path);
      int shapes = reference.matchingShapes(path);
      Statistics.label("outcome").collect(expected.status());
      Statistics.label("shapes matching the path").collect(shapes < 2 ? String.valueOf(shapes) : "2 or more");
      if (!expected.equals(actual)) {
        disagreements.add(method + " " + path + ": expected " + expected + " but the dispatcher answered " + actual);
      }
    }
    // Requests must keep exercising every answer and precedence, or agreeing proves little.
    Statistics.label("outcome").coverage(c -> {
      c.check(200).percentage(p -> p > 25);
      c.check(404).percentage(p -> p > 5);
      c.check(405).percentage(p -> p > 5);
    });
    Statistics.label("shapes matching the path").coverage(c -> c.check("2 or more").percentage(p -> p > 10));
    if (!disagreements.isEmpty()) {
      throw new AssertionError(disagreements.size() + " of " + recipes.size() + " requests routed wrongly by table "
          + table + "\n  " + String.join("\n  ", new LinkedHashSet<>(disagreements)));
    }
  }

  @Provide
  Arbitrary<RouteTable> tables() {
    Arbitrary<String> methods = Arbitraries.frequency(
        Tuple.of(4, "GET"), Tuple.of(2, "POST"), Tuple.of(1, "PUT"), Tuple.of(1, "PATCH"),
        Tuple.of(1, "DELETE"), Tuple.of(1, "HEAD"), Tuple.of(1, "OPTIONS"), Tuple.of(2, "ANY"));
    Arbitrary<Segment> segment = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(LITERALS).map(Segment::literal)),
        Tuple.of(3, Arbitraries.of("id", "x", "name").map(Segment::variable)));
    Arbitrary<Optional<Segment>> greedyTail = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(Optional.<Segment>empty())),
        Tuple.of(1, Arbitraries.of("rest", "x").map(name -> Optional.of(Segment.greedy(name)))));
    Arbitrary<Route> route = Combinators.combine(methods, segment.list().ofMaxSize(4), greedyTail)
        .as((method, segments, tail) -> {
          List<Segment> all = new ArrayList<>(segments);
          tail.ifPresent(all::add);
          return new Route(0, method, withDistinctNames(all));
        });
    return route.list().ofMinSize(3).ofMaxSize(40)
        .map(RouteTable::ofRoutes)
        .filter(table -> table.routes().size() >= 3);
  }

  /** The processor rejects a route naming a variable twice: {@code /{x}/{x}} becomes {@code /{x}/{x1}}. */
  private static List<Segment> withDistinctNames(List<Segment> segments) {
    Set<String> names = new HashSet<>();
    List<Segment> distinct = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      if (segment.kind() != Kind.LITERAL && !names.add(segment.text())) {
        segment = new Segment(segment.kind(), segment.text() + i);
        names.add(segment.text());
      }
      distinct.add(segment);
    }
    return distinct;
  }

  @Provide
  Arbitrary<RequestRecipe> requests() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, VALUES.size() - 1).list().ofSize(6),
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 99),
            Arbitraries.integers().between(0, 19),
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 4))
        .as(RequestRecipe::new);
  }

  /**
   * How to build a request for whatever table is drawn, so that recipes shrink on their own:
   * toward {@code GET}, the first route, the first value, no distortion.
   *
   * @param source below 8: fill in route {@code routeChoice}; else {@code length} random segments
   * @param values indexes into {@link #VALUES}, used in turn for variables and random segments
   * @param methodChoice below 60: a method of the table; else any method, {@code TRACE} included
   * @param distortion 0 to 9: none; then a trailing slash, an extra segment, one segment less...
   * @param trailingSlash 0: add a trailing slash
   */
  record RequestRecipe(
      int source, int routeChoice, List<Integer> values, int length, int methodChoice,
      int distortion, int distortAt, int trailingSlash) {

    String method(RouteTable table) {
      List<String> tableMethods = table.routes().stream().map(Route::method)
          .filter(m -> !m.equals("ANY")).distinct().toList();
      if (methodChoice < 60 && !tableMethods.isEmpty()) {
        return tableMethods.get(methodChoice % tableMethods.size());
      }
      return REQUEST_METHODS.get(methodChoice % REQUEST_METHODS.size());
    }

    String path(RouteTable table) {
      List<String> segments = source < 8 ? fill(table.route(routeChoice % table.routes().size())) : random();
      distort(segments);
      String path = "/" + String.join("/", segments);
      return trailingSlash == 0 && !path.equals("/") ? path + "/" : path;
    }

    private List<String> fill(Route route) {
      List<String> segments = new ArrayList<>();
      int next = 0;
      for (Segment segment : route.segments()) {
        switch (segment.kind()) {
          case LITERAL -> segments.add(segment.text());
          case VARIABLE -> segments.add(value(next++));
          case GREEDY -> {
            for (int i = 0; i <= length % 3; i++) {
              segments.add(value(next++));
            }
          }
        }
      }
      return segments;
    }

    private List<String> random() {
      List<String> segments = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        segments.add(value(i));
      }
      return segments;
    }

    private String value(int i) {
      return VALUES.get(values.get(i % values.size()));
    }

    private void distort(List<String> segments) {
      int at = segments.isEmpty() ? 0 : distortAt % segments.size();
      switch (distortion) {
        case 10, 11 -> segments.add(value(distortAt));
        case 12, 13 -> {
          if (!segments.isEmpty()) {
            segments.remove(segments.size() - 1);
          }
        }
        case 14, 15 -> segments.add(at, "");
        case 16, 17 -> {
          if (!segments.isEmpty()) {
            segments.set(at, value(distortAt + 1));
          }
        }
        case 18 -> segments.addAll(List.of("", "")); // "/a//": an empty last segment once "/" is ignored
        case 19 -> segments.add(0, ""); // "//a"
        default -> { }
      }
    }
  }
}
