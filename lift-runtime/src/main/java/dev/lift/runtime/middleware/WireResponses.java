package dev.lift.runtime.middleware;

import dev.lift.runtime.http.WireResponse;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and changes the headers of a {@link WireResponse}. Its header map may be immutable (the
 * {@code WireResponse} factories share some), so a change makes a new response; an {@link Edit}
 * copies the map once, on its first change, however many headers it adds:
 *
 * <pre>{@code
 * return WireResponses.edit(response)
 *     .setIfAbsent("X-Content-Type-Options", "nosniff")
 *     .set("Access-Control-Allow-Origin", origin)
 *     .vary("Origin")
 *     .build();
 * }</pre>
 *
 * Header names are compared case-insensitively, as HTTP does.
 */
public final class WireResponses {
  private WireResponses() {}

  /** The first value of a response header, or {@code null} when the response has none. */
  public static String header(WireResponse response, String name) {
    List<String> values = values(response.headers(), name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Whether the response has a header of this name, in any capitalisation. */
  public static boolean hasHeader(WireResponse response, String name) {
    return values(response.headers(), name) != null;
  }

  /** Starts changing the headers of {@code response}; nothing is copied until something changes. */
  public static Edit edit(WireResponse response) {
    return new Edit(response);
  }

  private static List<String> values(Map<String, List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (name.equalsIgnoreCase(header.getKey()) && header.getValue() != null) {
        return header.getValue();
      }
    }
    return null;
  }

  /** Header changes to one response, applied to a single copy of its header map. */
  public static final class Edit {
    private final WireResponse response;
    private Map<String, List<String>> headers;

    private Edit(WireResponse response) {
      this.response = response;
    }

    /** Adds a header unless the response already has one of that name (the route's choice wins). */
    public Edit setIfAbsent(String name, String value) {
      if (values(current(), name) == null) {
        copy().put(name, List.of(value));
      }
      return this;
    }

    /** Sets a header, replacing whatever the response had under that name in any capitalisation. */
    public Edit set(String name, String value) {
      Map<String, List<String>> copy = copy();
      remove(copy, name);
      copy.put(name, List.of(value));
      return this;
    }

    /**
     * Adds tokens to {@code Vary}, keeping those already there, as one comma-separated value;
     * {@code tokens} is itself a comma-separated list ({@code "Origin"}). A {@code Vary: *} stays.
     */
    public Edit vary(String tokens) {
      Map<String, List<String>> current = current();
      List<String> existing = values(current, "Vary");
      if (existing == null) {
        copy().put("Vary", List.of(tokens));
        return this;
      }
      String merged = mergeTokens(existing, tokens);
      if (merged != null) {
        Map<String, List<String>> copy = copy();
        String key = keyOf(copy, "Vary");
        copy.put(key, List.of(merged));
      }
      return this;
    }

    /** The response with the changes; the same instance when nothing changed. */
    public WireResponse build() {
      if (headers == null) {
        return response;
      }
      return new WireResponse(
          response.status(), headers, response.cookies(), response.body(), response.base64());
    }

    private Map<String, List<String>> current() {
      return headers != null ? headers : response.headers();
    }

    private Map<String, List<String>> copy() {
      if (headers == null) {
        Map<String, List<String>> original = response.headers();
        headers = original == null ? new LinkedHashMap<>(8) : new LinkedHashMap<>(original);
      }
      return headers;
    }

    private static void remove(Map<String, List<String>> headers, String name) {
      for (Iterator<String> names = headers.keySet().iterator(); names.hasNext(); ) {
        if (name.equalsIgnoreCase(names.next())) {
          names.remove();
        }
      }
    }

    private static String keyOf(Map<String, List<String>> headers, String name) {
      for (String key : headers.keySet()) {
        if (name.equalsIgnoreCase(key)) {
          return key;
        }
      }
      return name;
    }

    /** The merged {@code Vary} value, or {@code null} when it already has every token (or {@code *}). */
    private static String mergeTokens(List<String> existing, String tokens) {
      StringBuilder merged = new StringBuilder();
      for (String value : existing) {
        if (value == null) {
          continue;
        }
        for (String token : value.split(",")) {
          String trimmed = token.trim();
          if (trimmed.equals("*")) {
            return null;
          }
          if (!trimmed.isEmpty() && !containsToken(merged, trimmed)) {
            append(merged, trimmed);
          }
        }
      }
      boolean added = false;
      for (String token : tokens.split(",")) {
        String trimmed = token.trim();
        if (!trimmed.isEmpty() && !containsToken(merged, trimmed)) {
          append(merged, trimmed);
          added = true;
        }
      }
      return added || existing.size() > 1 ? merged.toString() : null;
    }

    private static boolean containsToken(CharSequence list, String token) {
      for (String present : list.toString().split(", ")) {
        if (present.equalsIgnoreCase(token)) {
          return true;
        }
      }
      return false;
    }

    private static void append(StringBuilder list, String token) {
      if (list.length() > 0) {
        list.append(", ");
      }
      list.append(token);
    }
  }
}
