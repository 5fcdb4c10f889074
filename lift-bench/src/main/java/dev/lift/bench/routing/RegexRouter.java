package dev.lift.bench.routing;

import dev.lift.runtime.http.PercentDecoding;
import dev.lift.runtime.http.WireResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naive router: one regular expression per route, tried in declaration order until one
 * matches. The method is compared first (a cheap string test even naive code does), each variable
 * is a {@code ([^/]+)} group, percent-decoded like Lift's, and handed to the sink.
 */
public final class RegexRouter {
  static final WireResponse NOT_FOUND =
      new WireResponse(404, Map.of("Content-Type", List.of("application/json")), List.of(),
          "{\"message\":\"Not Found\"}", false);

  private record Entry(String method, Pattern pattern) {}

  private final Entry[] entries;

  public RegexRouter(RouteTable table) {
    entries = new Entry[table.routes().size()];
    for (int i = 0; i < entries.length; i++) {
      RouteTable.Route route = table.routes().get(i);
      entries[i] = new Entry(route.method(), Pattern.compile(regex(route.pattern())));
    }
  }

  static String regex(String pattern) {
    StringBuilder regex = new StringBuilder("^");
    for (String segment : pattern.substring(1).split("/")) {
      regex.append('/');
      regex.append(segment.startsWith("{") ? "([^/]+)" : Pattern.quote(segment));
    }
    return regex.append("/?$").toString();
  }

  public WireResponse route(String method, String path) {
    for (Entry entry : entries) {
      if (!entry.method.equals(method)) {
        continue;
      }
      Matcher matcher = entry.pattern.matcher(path);
      if (matcher.matches()) {
        for (int group = 1, groups = matcher.groupCount(); group <= groups; group++) {
          String value = matcher.group(group);
          Sink.consume(PercentDecoding.decode(value, 0, value.length()));
        }
        return WireResponse.noContent();
      }
    }
    return NOT_FOUND;
  }
}
