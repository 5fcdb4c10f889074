package dev.lift.tests.app;

/** An enum bound from request strings by exact constant name. */
public enum Color {
  RED,
  GREEN,
  BLUE
}
