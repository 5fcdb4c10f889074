package dev.lift.json.tests.support;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Deep equality for test values: records by component, arrays by element, sets regardless of
 * order. Records with array components and databind's HashSets need it; {@code equals} does not do it.
 */
public final class Values {
  private Values() {}

  public static boolean deepEquals(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a.getClass().isArray() && b.getClass().isArray()) {
      int length = Array.getLength(a);
      if (length != Array.getLength(b)) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (!deepEquals(Array.get(a, i), Array.get(b, i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Set<?> first && b instanceof Set<?> second) {
      if (first.size() != second.size()) {
        return false;
      }
      List<Object> unmatched = new ArrayList<>(second);
      for (Object element : first) {
        Iterator<Object> candidates = unmatched.iterator();
        boolean found = false;
        while (candidates.hasNext() && !found) {
          if (deepEquals(element, candidates.next())) {
            candidates.remove();
            found = true;
          }
        }
        if (!found) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> first && b instanceof List<?> second) {
      if (first.size() != second.size()) {
        return false;
      }
      for (int i = 0; i < first.size(); i++) {
        if (!deepEquals(first.get(i), second.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map<?, ?> first && b instanceof Map<?, ?> second) {
      if (!first.keySet().equals(second.keySet())) {
        return false;
      }
      return first.keySet().stream().allMatch(key -> deepEquals(first.get(key), second.get(key)));
    }
    if (a instanceof Optional<?> first && b instanceof Optional<?> second) {
      return first.isPresent() == second.isPresent()
          && (first.isEmpty() || deepEquals(first.get(), second.get()));
    }
    if (a.getClass().isRecord() && a.getClass() == b.getClass()) {
      for (RecordComponent component : a.getClass().getRecordComponents()) {
        try {
          if (!deepEquals(component.getAccessor().invoke(a), component.getAccessor().invoke(b))) {
            return false;
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }
}
