package dev.lift.bench.routing;

import dev.lift.runtime.http.WireResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Spring's route matching without the rest of Spring MVC: the table parsed by {@link
 * PathPatternParser} (API Gateway's {@code {id}} is Spring's syntax too), sorted most specific
 * first with {@link PathPattern#SPECIFICITY_COMPARATOR}, and tried in that order against the path
 * parsed once per request ({@link PathContainer#parsePath}), the way Spring's handler mappings
 * match. The first match wins; variables come decoded from {@link PathPattern#matchAndExtract}.
 * Spring MVC itself does more per request (it collects every match and sorts them).
 */
public final class SpringPatternRouter {
  private record Entry(String method, PathPattern pattern, boolean hasVariables) {}

  private final Entry[] entries;

  public SpringPatternRouter(RouteTable table) {
    PathPatternParser parser = new PathPatternParser();
    List<Entry> list = new ArrayList<>();
    for (RouteTable.Route route : table.routes()) {
      list.add(new Entry(route.method(), parser.parse(route.pattern()), !route.variables().isEmpty()));
    }
    list.sort(Comparator.comparing(Entry::pattern, PathPattern.SPECIFICITY_COMPARATOR));
    entries = list.toArray(new Entry[0]);
  }

  public WireResponse route(String method, String path) {
    PathContainer container = PathContainer.parsePath(path);
    for (Entry entry : entries) {
      if (!entry.method.equals(method)) {
        continue;
      }
      if (!entry.hasVariables) {
        if (entry.pattern.matches(container)) {
          return WireResponse.noContent();
        }
        continue;
      }
      PathPattern.PathMatchInfo match = entry.pattern.matchAndExtract(container);
      if (match != null) {
        for (String value : match.getUriVariables().values()) {
          Sink.consume(value);
        }
        return WireResponse.noContent();
      }
    }
    return RegexRouter.NOT_FOUND;
  }
}
