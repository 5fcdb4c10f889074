package dev.lift.processor.model;

import java.util.Optional;
import javax.lang.model.element.VariableElement;

/**
 * How one route method parameter is bound.
 *
 * @param name the name in the request (path variable, query parameter, header, cookie); empty for
 *     other sources
 * @param value the conversion, for sources that convert strings
 * @param body the body's form, for {@link Source#BODY}
 * @param pathIndex the segment index, for {@link Source#PATH}
 */
public record Parameter(
    VariableElement element,
    Source source,
    String name,
    Optional<ValueType> value,
    Optional<BodyType> body,
    int pathIndex,
    boolean greedy) {

  public enum Source {
    PATH("path parameter"),
    QUERY("query parameter"),
    HEADER("header"),
    COOKIE("cookie"),
    BODY("body"),
    REQUEST("request"),
    CONTEXT("context"),
    EXCHANGE("exchange"),
    /** A type marked {@code @ExchangeValue}; {@code name} is its static method taking the exchange. */
    EXCHANGE_VALUE("exchange value");

    private final String description;

    Source(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** The parameter as the client knows it: {@code query parameter 'limit'}. */
  public String what() {
    return source.description() + " '" + name + "'";
  }

  public String javaName() {
    return element.getSimpleName().toString();
  }
}
