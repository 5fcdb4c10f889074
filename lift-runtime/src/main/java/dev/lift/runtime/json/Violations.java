package dev.lift.runtime.json;

import dev.lift.runtime.error.Failures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constraint violations of one request body, collected while a generated codec checks the
 * value it read, each with the JSON path of the offending value ({@code $.items[2].price}, using
 * the names the JSON uses). Generated code {@link #enter enters} a nested value before checking it
 * and {@link #leave leaves} it after; a path is only rendered when a violation is found.
 *
 * <p>Every violation is reported, not just the first: {@link #throwIfAny()} answers 400
 * {@code VALIDATION_FAILED} with {@code details} listing {@code {path, message}} in the order the
 * checks ran (fields in declaration order, elements in index order).
 */
public final class Violations {
  public static final String CODE = "VALIDATION_FAILED";

  private Object[] path;
  private int depth;
  private List<Map<String, String>> found;

  /** Steps into a field, or into a map entry, by its JSON name. */
  public void enter(String name) {
    push(name);
  }

  /** Steps into an array element. */
  public void enter(int index) {
    push(index);
  }

  public void leave() {
    path[--depth] = null;
  }

  /** A violation of the value at the current path. */
  public void add(String message) {
    record(render(null), message);
  }

  /** A violation of the field {@code name} of the object at the current path. */
  public void add(String name, String message) {
    record(render(name), message);
  }

  public boolean isEmpty() {
    return found == null;
  }

  /** The violations so far, each {@code {path, message}}. */
  public List<Map<String, String>> list() {
    return found == null ? List.of() : Collections.unmodifiableList(found);
  }

  public void throwIfAny() {
    if (found == null) {
      return;
    }
    Map<String, String> first = found.get(0);
    String more = found.size() == 1 ? "" : " (and " + (found.size() - 1) + " more)";
    throw Failures.error(400, CODE,
        "Request body failed validation at " + first.get("path") + ": " + first.get("message") + more, list());
  }

  private void push(Object step) {
    if (path == null) {
      path = new Object[8];
    } else if (depth == path.length) {
      Object[] larger = new Object[depth * 2];
      System.arraycopy(path, 0, larger, 0, depth);
      path = larger;
    }
    path[depth++] = step;
  }

  private void record(String at, String message) {
    if (found == null) {
      found = new ArrayList<>();
    }
    Map<String, String> violation = new LinkedHashMap<>();
    violation.put("path", at);
    violation.put("message", message);
    found.add(Collections.unmodifiableMap(violation));
  }

  private String render(String last) {
    StringBuilder rendered = new StringBuilder("$");
    for (int i = 0; i < depth; i++) {
      if (path[i] instanceof Integer index) {
        rendered.append('[').append(index).append(']');
      } else {
        BodyErrors.appendName(rendered, (String) path[i]);
      }
    }
    if (last != null) {
      BodyErrors.appendName(rendered, last);
    }
    return rendered.toString();
  }
}
