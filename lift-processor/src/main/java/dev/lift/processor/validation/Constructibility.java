package dev.lift.processor.validation;

import dev.lift.processor.reading.WiringReader;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** Whether generated code, in another package, can name a class and create it with {@code new}. */
final class Constructibility {
  private Constructibility() {}

  /** Why code elsewhere cannot name {@code type}, or empty when it can. */
  static Optional<String> notAccessible(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return Optional.of(e == type ? "it is not public" : "its enclosing class " + e.getSimpleName() + " is not public");
      }
    }
    return Optional.empty();
  }

  /** Why generated code cannot write {@code new Type()}, or empty when it can. */
  static Optional<String> notConstructible(TypeElement type, String staticAdvice) {
    Optional<String> reason = notInstantiable(type, staticAdvice);
    if (reason.isPresent()) {
      return reason;
    }
    return WiringReader.constructor(type).isPresent()
        ? Optional.empty()
        : Optional.of("it needs one public constructor (its parameters are @PreWarm resources),"
            + " or a public constructor without parameters");
  }

  /** Why generated code cannot create {@code Type} with any constructor, or empty when it could. */
  static Optional<String> notInstantiable(TypeElement type, String staticAdvice) {
    Optional<String> access = notAccessible(type);
    if (access.isPresent()) {
      return access;
    }
    if (type.getNestingKind() == NestingKind.MEMBER && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)) {
      return Optional.of("it is an inner class; make it static or top-level");
    }
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      return Optional.of("it is " + article(type.getKind()) + staticAdvice);
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      return Optional.of("it is abstract");
    }
    return Optional.empty();
  }

  private static String article(ElementKind kind) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    return (name.startsWith("e") || name.startsWith("i") ? "an " : "a ") + name;
  }
}
