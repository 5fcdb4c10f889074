package dev.lift.runtime.middleware;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The allowed origins of a {@link CorsConfig}, compiled once: a set lookup for exact origins and a
 * prefix, suffix and character check for each pattern, so that no request runs a regular
 * expression. Origins are compared as browsers send them (lower case).
 */
final class OriginMatcher {
  private final boolean anyOrigin;
  private final Set<String> exact;
  private final Wildcard[] wildcards;

  /** {@code https://*.example.com}: prefix {@code https://}, suffix {@code .example.com}. */
  private record Wildcard(String prefix, String suffix, boolean port) {
    boolean matches(String origin) {
      int middleLength = origin.length() - prefix.length() - suffix.length();
      if (middleLength <= 0 || !origin.startsWith(prefix) || !origin.endsWith(suffix)) {
        return false;
      }
      int from = prefix.length();
      int to = from + middleLength;
      return port ? isPort(origin, from, to) : isSubdomain(origin, from, to);
    }
  }

  OriginMatcher(List<String> origins) {
    boolean any = false;
    Set<String> exactOrigins = new HashSet<>();
    List<Wildcard> patterns = new ArrayList<>();
    for (String origin : origins) {
      if (origin.equals("*")) {
        any = true;
      } else if (origin.indexOf('*') < 0) {
        exactOrigins.add(origin);
      } else {
        int star = origin.indexOf('*');
        String prefix = origin.substring(0, star);
        String suffix = origin.substring(star + 1);
        patterns.add(new Wildcard(prefix, suffix, suffix.isEmpty()));
      }
    }
    this.anyOrigin = any;
    this.exact = Set.copyOf(exactOrigins);
    this.wildcards = patterns.toArray(new Wildcard[0]);
  }

  /** Whether {@code *} is among the origins. */
  boolean anyOrigin() {
    return anyOrigin;
  }

  boolean allows(String origin) {
    if (anyOrigin || exact.contains(origin)) {
      return true;
    }
    for (Wildcard wildcard : wildcards) {
      if (wildcard.matches(origin)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Accepts {@code *}, {@code scheme://host[:port]}, {@code scheme://*.host[:port]} and {@code
   * scheme://host:*}.
   *
   * @throws IllegalArgumentException saying what is wrong and what is meant instead
   */
  static void validate(String origin) {
    if (origin == null) {
      throw new IllegalArgumentException("CORS: an allowed origin is null");
    }
    if (origin.equals("*")) {
      return;
    }
    int schemeEnd = origin.indexOf("://");
    String authority = schemeEnd <= 0 ? "" : origin.substring(schemeEnd + 3);
    if (schemeEnd <= 0 || !isScheme(origin.substring(0, schemeEnd)) || authority.isEmpty()) {
      throw invalid(origin, "an origin is scheme://host[:port], for example https://app.example.com");
    }
    for (int i = 0; i < authority.length(); i++) {
      char c = authority.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == '@' || c <= ' ' || c > '~') {
        throw invalid(origin, "an origin has no path, query, user or trailing slash:"
            + " browsers send https://app.example.com");
      }
    }
    int stars = authority.length() - authority.replace("*", "").length();
    boolean subdomain = authority.startsWith("*.") && authority.length() > 2;
    boolean port = authority.endsWith(":*") && authority.length() > 2;
    if (stars > 1 || (stars == 1 && !subdomain && !port)) {
      throw invalid(origin, "use * alone (every origin), https://*.example.com (any subdomain)"
          + " or http://localhost:* (any port)");
    }
  }

  private static IllegalArgumentException invalid(String origin, String hint) {
    return new IllegalArgumentException("CORS: allowed origin '" + origin + "' is not valid: " + hint);
  }

  private static boolean isScheme(String scheme) {
    for (int i = 0; i < scheme.length(); i++) {
      char c = scheme.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean other = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
      if (!letter && !(i > 0 && other)) {
        return false;
      }
    }
    return true;
  }

  /** One or more DNS labels of lower-case letters, digits and hyphens. */
  private static boolean isSubdomain(String origin, int from, int to) {
    char previous = '.';
    for (int i = from; i < to; i++) {
      char c = origin.charAt(i);
      boolean labelChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!labelChar && !(c == '.' && previous != '.')) {
        return false;
      }
      previous = c;
    }
    return previous != '.';
  }

  private static boolean isPort(String origin, int from, int to) {
    if (to - from > 5) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = origin.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
