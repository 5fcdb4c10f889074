package dev.lift.tests.wiring;

/** What the pool lends: a stand-in for a connection. */
public final class Conn {
  private final String name = Journal.next("Conn");

  Conn() {
    Journal.record("create " + name);
  }

  @Override
  public String toString() {
    return name;
  }
}
