package dev.lift.processor.model;

/** One segment of a route path. */
public record Segment(Kind kind, String text) {
  /** Literals sort before variables, variables before greedy variables: route precedence. */
  public enum Kind {
    LITERAL,
    VARIABLE,
    GREEDY
  }

  public static Segment literal(String text) {
    return new Segment(Kind.LITERAL, text);
  }

  public static Segment variable(String name) {
    return new Segment(Kind.VARIABLE, name);
  }

  public static Segment greedy(String name) {
    return new Segment(Kind.GREEDY, name);
  }

  public boolean isVariable() {
    return kind != Kind.LITERAL;
  }

  /** How the segment is written in a route: {@code users}, {@code {id}}, {@code {path+}}. */
  @Override
  public String toString() {
    switch (kind) {
      case LITERAL:
        return text;
      case VARIABLE:
        return "{" + text + "}";
      default:
        return "{" + text + "+}";
    }
  }

  /** The segment with variable names erased: two routes with the same shapes match the same paths. */
  public String shape() {
    switch (kind) {
      case LITERAL:
        return text;
      case VARIABLE:
        return "{}";
      default:
        return "{+}";
    }
  }
}
