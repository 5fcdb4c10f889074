package dev.lift.processor.validation;

import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.Parameter;
import dev.lift.processor.model.RouteMethod;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * The generated entry class names the types of bound parameters and of bodies (in local
 * variables and JSON codecs), so it must be able to see them: a private record nested in a
 * handler would make the generated code fail to compile, far from the cause.
 */
final class VisibilityRules {
  private final Reporter reporter;
  private final Elements elements;

  VisibilityRules(Reporter reporter, Elements elements) {
    this.reporter = reporter;
    this.elements = elements;
  }

  void check(Application application) {
    String entryPackage = application.entryClass().packageName();
    String entryClass = application.entryClass().canonicalName();
    for (RouteMethod route : application.routes()) {
      for (Parameter parameter : route.parameters()) {
        if (parameter.source() != Parameter.Source.REQUEST && parameter.source() != Parameter.Source.CONTEXT
            && parameter.source() != Parameter.Source.EXCHANGE) {
          hiddenType(parameter.element().asType(), entryPackage).ifPresent(hidden -> reporter.error(
              Messages.typeNotVisible(route.displayName(), hidden, entryClass), parameter.element()));
        }
      }
      hiddenType(route.element().getReturnType(), entryPackage).ifPresent(hidden -> reporter.error(
          Messages.typeNotVisible(route.displayName(), hidden, entryClass), route.element()));
    }
  }

  /** The first type inside {@code type} that code in {@code entryPackage} cannot name. */
  private Optional<String> hiddenType(TypeMirror type, String entryPackage) {
    switch (type.getKind()) {
      case ARRAY:
        return hiddenType(((ArrayType) type).getComponentType(), entryPackage);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
        return bound == null ? Optional.empty() : hiddenType(bound, entryPackage);
      case DECLARED:
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (!visible(element, entryPackage)) {
          return Optional.of(element.getQualifiedName().toString());
        }
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          Optional<String> hidden = hiddenType(argument, entryPackage);
          if (hidden.isPresent()) {
            return hidden;
          }
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /** Public all the way out, or nowhere private and in the entry class's package. */
  private boolean visible(TypeElement type, String entryPackage) {
    boolean samePackage = elements.getPackageOf(type).getQualifiedName().contentEquals(entryPackage);
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      boolean ok = e.getModifiers().contains(Modifier.PUBLIC)
          || (samePackage && !e.getModifiers().contains(Modifier.PRIVATE));
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
