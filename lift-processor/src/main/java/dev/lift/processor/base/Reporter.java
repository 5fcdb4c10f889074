package dev.lift.processor.base;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports diagnostics on the most precise place it is given and remembers whether any error was
 * reported, so generation runs only from a clean model.
 */
public final class Reporter {
  private final Messager messager;
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  public void error(String message, Element element) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  public void error(String message, Element element, AnnotationMirror annotation) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
  }

  public void error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
  }

  public void warning(String message, Element element) {
    messager.printMessage(Diagnostic.Kind.WARNING, message, element);
  }

  public void warning(String message, Element element, AnnotationMirror annotation) {
    messager.printMessage(Diagnostic.Kind.WARNING, message, element, annotation);
  }

  public int errorCount() {
    return errors;
  }
}
