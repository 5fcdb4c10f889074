package dev.lift.tests.events;

import java.util.ArrayList;
import java.util.List;

/** What the handlers and middleware of these test applications did, in order. */
public final class Calls {
  private static final List<String> CALLS = new ArrayList<>();

  private Calls() {}

  public static synchronized void add(String call) {
    CALLS.add(call);
  }

  public static synchronized List<String> take() {
    List<String> taken = List.copyOf(CALLS);
    CALLS.clear();
    return taken;
  }
}
