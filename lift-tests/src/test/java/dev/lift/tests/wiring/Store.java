package dev.lift.tests.wiring;

/** A resource shared by two handlers, a middleware, another resource and a health check; closed at shutdown. */
public final class Store implements AutoCloseable {
  private final String name = Journal.next("Store");

  Store(Settings settings) {
    Journal.record("create " + name + " from " + settings);
  }

  @Override
  public void close() {
    Journal.record("close " + name);
  }

  @Override
  public String toString() {
    return name;
  }
}
