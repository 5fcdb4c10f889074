package dev.lift.tests.wiring;

/** Two resources of this type exist, told apart by {@code @Named}. */
public final class Greeting {
  private final String text;

  Greeting(String text) {
    this.text = text;
    Journal.record("create Greeting " + text);
  }

  @Override
  public String toString() {
    return text;
  }
}
