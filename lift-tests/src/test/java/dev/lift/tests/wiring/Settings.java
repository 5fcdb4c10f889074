package dev.lift.tests.wiring;

/** The root resource: everything else depends on it, directly or not. */
public final class Settings {
  private final String name = Journal.next("Settings");

  Settings() {
    Journal.record("create " + name);
  }

  @Override
  public String toString() {
    return name;
  }
}
