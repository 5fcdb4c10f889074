package dev.lift.tests.wiring;

/** A resource made from other resources (one of them qualified); closed at shutdown, before them. */
public final class AuditLog implements AutoCloseable {
  private final String name = Journal.next("AuditLog");
  private final Store store;
  private final Greeting greeting;

  AuditLog(Store store, Greeting greeting) {
    this.store = store;
    this.greeting = greeting;
    Journal.record("create " + name + " from " + store + " and " + greeting);
  }

  Store store() {
    return store;
  }

  Greeting greeting() {
    return greeting;
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
