package dev.lift.runtime.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Request headers: names are matched case-insensitively, every value is kept in arrival order and
 * none is ever split or joined on commas.
 */
public final class Headers {
  private static final Headers EMPTY = new Headers(Collections.emptyMap());

  private final Map<String, List<String>> byLowerName;

  private Headers(Map<String, List<String>> byLowerName) {
    this.byLowerName = byLowerName;
  }

  public static Headers empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Headers from names and values flattened in arrival order, {@code [name0, value0, ...]}: what
   * the event decoders read, made into headers without a builder.
   */
  public static Headers ofPairs(List<String> pairs) {
    if (pairs.isEmpty()) {
      return EMPTY;
    }
    Map<String, List<String>> byLowerName = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.size(); i += 2) {
      add(byLowerName, pairs.get(i), pairs.get(i + 1));
    }
    return new Headers(byLowerName);
  }

  /** Adds one value; a header given twice (single- and multi-value maps) keeps both values. */
  private static void add(Map<String, List<String>> byLowerName, String name, String value) {
    // No lambda here: the first one a JVM runs bootstraps invokedynamic, a cold-start cost.
    String key = name.toLowerCase(Locale.ROOT);
    List<String> values = byLowerName.get(key);
    if (values == null) {
      values = new ArrayList<>(1);
      byLowerName.put(key, values);
    }
    values.add(value);
  }

  /** The first value of a header, or {@code null} when it is absent. */
  public String first(String name) {
    List<String> values = byLowerName.get(name.toLowerCase(Locale.ROOT));
    return values == null ? null : values.get(0);
  }

  /** Every value of a header in arrival order; empty when it is absent. */
  public List<String> all(String name) {
    List<String> values = byLowerName.get(name.toLowerCase(Locale.ROOT));
    return values == null ? List.of() : Collections.unmodifiableList(values);
  }

  public boolean contains(String name) {
    return byLowerName.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /** Header names, lower-cased, in arrival order. */
  public Set<String> names() {
    return Collections.unmodifiableSet(byLowerName.keySet());
  }

  public boolean isEmpty() {
    return byLowerName.isEmpty();
  }

  @Override
  public String toString() {
    return byLowerName.toString();
  }

  /** Collects headers while an event is decoded. */
  public static final class Builder {
    private final Map<String, List<String>> byLowerName = new LinkedHashMap<>();

    /** Adds one value; a header given twice (single- and multi-value maps) keeps both values. */
    public Builder add(String name, String value) {
      Headers.add(byLowerName, name, value);
      return this;
    }

    /** Replaces every value of a header. */
    public Builder set(String name, List<String> values) {
      if (values.isEmpty()) {
        byLowerName.remove(name.toLowerCase(Locale.ROOT));
      } else {
        byLowerName.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values));
      }
      return this;
    }

    public boolean contains(String name) {
      return byLowerName.containsKey(name.toLowerCase(Locale.ROOT));
    }

    public Headers build() {
      return byLowerName.isEmpty() ? EMPTY : new Headers(byLowerName);
    }
  }
}
