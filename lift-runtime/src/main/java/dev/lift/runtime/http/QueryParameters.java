package dev.lift.runtime.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Query string parameters: case-sensitive names, every value kept in order, already decoded. */
public final class QueryParameters {
  private static final QueryParameters EMPTY = new QueryParameters(Collections.emptyMap());

  private final Map<String, List<String>> byName;

  private QueryParameters(Map<String, List<String>> byName) {
    this.byName = byName;
  }

  public static QueryParameters empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parameters from names and values (already decoded) flattened in order, {@code [name0, value0,
   * ...]}: what the event decoders read, made into parameters without a builder.
   */
  public static QueryParameters ofPairs(List<String> pairs) {
    if (pairs.isEmpty()) {
      return EMPTY;
    }
    Map<String, List<String>> byName = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.size(); i += 2) {
      add(byName, pairs.get(i), pairs.get(i + 1));
    }
    return new QueryParameters(byName);
  }

  private static void add(Map<String, List<String>> byName, String name, String value) {
    // No lambda here: the first one a JVM runs bootstraps invokedynamic, a cold-start cost.
    List<String> values = byName.get(name);
    if (values == null) {
      values = new ArrayList<>(1);
      byName.put(name, values);
    }
    values.add(value);
  }

  /** The first value of a parameter, or {@code null} when it is absent. */
  public String first(String name) {
    List<String> values = byName.get(name);
    return values == null ? null : values.get(0);
  }

  /** Every value of a parameter in order; empty when it is absent. */
  public List<String> all(String name) {
    List<String> values = byName.get(name);
    return values == null ? List.of() : Collections.unmodifiableList(values);
  }

  public Set<String> names() {
    return Collections.unmodifiableSet(byName.keySet());
  }

  public boolean isEmpty() {
    return byName.isEmpty();
  }

  @Override
  public String toString() {
    return byName.toString();
  }

  /** Collects parameters while an event is decoded. */
  public static final class Builder {
    private final Map<String, List<String>> byName = new LinkedHashMap<>();

    public Builder add(String name, String value) {
      QueryParameters.add(byName, name, value);
      return this;
    }

    public Builder set(String name, List<String> values) {
      if (values.isEmpty()) {
        byName.remove(name);
      } else {
        byName.put(name, new ArrayList<>(values));
      }
      return this;
    }

    public boolean contains(String name) {
      return byName.containsKey(name);
    }

    public QueryParameters build() {
      return byName.isEmpty() ? EMPTY : new QueryParameters(byName);
    }
  }
}
