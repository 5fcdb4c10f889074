package dev.lift.processor.base;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Reports diagnostics on the most precise place it is given and remembers whether any error was
 * reported, so generation runs only from a clean model.
 *
 * <p>A diagnostic on an element of a class included from a library ({@code @LiftApplication(include
 * = HealthRoutes.class)}) would print without a file or line: javac has no source for it. Such
 * diagnostics go to the {@code include} value in the application's source instead, naming the
 * element they are about.
 */
public final class Reporter {
  private final Messager messager;
  private final Set<String> sourceTypes;
  private final Map<String, Anchor> includes = new HashMap<>();
  private int errors;

  private record Anchor(Element element, AnnotationMirror annotation, AnnotationValue value) {}

  public Reporter(Messager messager) {
    this(messager, Set.of());
  }

  /** @param sourceTypes qualified names of the top-level types compiled from source so far */
  public Reporter(Messager messager, Set<String> sourceTypes) {
    this.messager = messager;
    this.sourceTypes = sourceTypes;
  }

  /** Diagnostics on {@code included}, when it comes from a class file, go to this include value. */
  public void included(TypeElement included, Element application, AnnotationMirror annotation, AnnotationValue value) {
    String name = topLevel(included).getQualifiedName().toString();
    if (!sourceTypes.contains(name)) {
      includes.put(name, new Anchor(application, annotation, value));
    }
  }

  /** Whether diagnostics on {@code element} are moved to an include value (it has no source). */
  public boolean isFromIncludedClassFile(Element element) {
    TypeElement top = topLevel(element);
    return top != null && includes.containsKey(top.getQualifiedName().toString());
  }

  public void error(String message, Element element) {
    errors++;
    print(Diagnostic.Kind.ERROR, message, element, null, null);
  }

  public void error(String message, Element element, AnnotationMirror annotation) {
    errors++;
    print(Diagnostic.Kind.ERROR, message, element, annotation, null);
  }

  public void error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    errors++;
    print(Diagnostic.Kind.ERROR, message, element, annotation, value);
  }

  public void warning(String message, Element element) {
    print(Diagnostic.Kind.WARNING, message, element, null, null);
  }

  public void warning(String message, Element element, AnnotationMirror annotation) {
    print(Diagnostic.Kind.WARNING, message, element, annotation, null);
  }

  public int errorCount() {
    return errors;
  }

  private void print(Diagnostic.Kind kind, String message, Element element, AnnotationMirror annotation,
      AnnotationValue value) {
    TypeElement top = topLevel(element);
    Anchor anchor = top == null ? null : includes.get(top.getQualifiedName().toString());
    if (anchor != null) {
      messager.printMessage(kind, message + " (in " + describe(element) + ", included here)",
          anchor.element(), anchor.annotation(), anchor.value());
    } else if (value != null) {
      messager.printMessage(kind, message, element, annotation, value);
    } else if (annotation != null) {
      messager.printMessage(kind, message, element, annotation);
    } else {
      messager.printMessage(kind, message, element);
    }
  }

  private static String describe(Element element) {
    if (element instanceof TypeElement) {
      return ((TypeElement) element).getQualifiedName().toString();
    }
    Element owner = element.getEnclosingElement();
    if (owner instanceof TypeElement) {
      return ((TypeElement) owner).getQualifiedName() + "." + element.getSimpleName();
    }
    return describe(owner) + " (" + element.getSimpleName() + ")";
  }

  private static TypeElement topLevel(Element element) {
    TypeElement top = null;
    for (Element e = element; e != null && !(e instanceof PackageElement); e = e.getEnclosingElement()) {
      if (e instanceof TypeElement) {
        top = (TypeElement) e;
      }
    }
    return top;
  }
}
