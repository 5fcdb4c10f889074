package dev.lift.tests.wiring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the wiring application did, in order: {@code "create Store#1"}, {@code "new StoreRoutes"},
 * {@code "warm-up hook"}, {@code "route StoreRoutes.store"}, ... Each resource takes a serial number
 * per type, so that a test can tell one instance from another. With the system property
 * {@code lift.tests.journal.stdout=true} (the child JVMs of the tests set it) every entry is also
 * printed as {@code journal: <entry>}, between the JVM's own lines.
 */
public final class Journal {
  private static final boolean PRINT = Boolean.getBoolean("lift.tests.journal.stdout");
  private static final List<String> ENTRIES = new ArrayList<>();
  private static final Map<String, Integer> SERIALS = new HashMap<>();

  private Journal() {}

  public static synchronized void record(String entry) {
    ENTRIES.add(entry);
    if (PRINT) {
      System.out.println("journal: " + entry);
    }
  }

  /** The next serial number of {@code type}: {@code "Store#1"}, then {@code "Store#2"}. */
  static synchronized String next(String type) {
    int serial = SERIALS.merge(type, 1, Integer::sum);
    return type + "#" + serial;
  }

  public static synchronized List<String> entries() {
    return List.copyOf(ENTRIES);
  }

  /** How many entries start with {@code prefix}. */
  public static synchronized long count(String prefix) {
    return ENTRIES.stream().filter(e -> e.startsWith(prefix)).count();
  }

  /** Forgets every entry and restarts the serial numbers; call before creating the application. */
  public static synchronized void reset() {
    ENTRIES.clear();
    SERIALS.clear();
  }
}
