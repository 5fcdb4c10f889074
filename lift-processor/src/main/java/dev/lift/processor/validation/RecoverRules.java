package dev.lift.processor.validation;

import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.Handler;
import dev.lift.processor.model.RecoverMethod;
import dev.lift.processor.reading.TypeReader;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * {@code @Recover} methods: public, one exception parameter, a {@code LiftError} result, and no two
 * in one scope that the generated {@code instanceof} chain could not order.
 */
final class RecoverRules {
  private final Reporter reporter;
  private final Elements elements;
  private final Types types;

  RecoverRules(Reporter reporter, Elements elements, Types types) {
    this.reporter = reporter;
    this.elements = elements;
    this.types = types;
  }

  void check(Application application) {
    checkScope(application.recovers());
    for (RecoverMethod recover : application.recovers()) {
      if (!recover.isStatic()) {
        Constructibility.notConstructible(recover.owner(), "").ifPresent(reason -> reporter.error(
            Messages.recoverOwnerNotConstructible(recover.displayName(), recover.owner().getSimpleName().toString()),
            recover.element()));
      }
    }
    for (Handler handler : application.handlers()) {
      checkScope(handler.recovers());
    }
  }

  private void checkScope(List<RecoverMethod> scope) {
    List<RecoverMethod> valid = new ArrayList<>();
    for (RecoverMethod recover : scope) {
      if (!recover.element().getModifiers().contains(Modifier.PUBLIC)) {
        reporter.error(Messages.recoverNotPublic(recover.displayName()), recover.element());
      } else if (!signatureOk(recover)) {
        reporter.error(Messages.recoverSignature(recover.displayName()), recover.element());
      } else if (throwsChecked(recover)) {
        reporter.error(Messages.recoverThrows(recover.displayName()), recover.element());
      } else {
        valid.add(recover);
      }
    }
    for (int i = 0; i < valid.size(); i++) {
      for (int j = 0; j < i; j++) {
        conflict(valid.get(j), valid.get(i));
      }
    }
  }

  private boolean signatureOk(RecoverMethod recover) {
    TypeElement throwable = elements.getTypeElement("java.lang.Throwable");
    TypeElement liftError = elements.getTypeElement(TypeReader.LIFT_ERROR);
    if (recover.exception().isEmpty() || !(recover.exception().get() instanceof DeclaredType)) {
      return false;
    }
    // An interface counts: an exception type may implement it.
    boolean exceptionOk = types.isAssignable(recover.exception().get(), throwable.asType())
        || isInterface(recover.exception().get());
    boolean resultOk = liftError == null || types.isAssignable(recover.element().getReturnType(), liftError.asType());
    return exceptionOk && resultOk;
  }

  /** Recovery runs inside a catch block: a checked exception has nowhere to go. */
  private boolean throwsChecked(RecoverMethod recover) {
    TypeElement runtimeException = elements.getTypeElement("java.lang.RuntimeException");
    TypeElement error = elements.getTypeElement("java.lang.Error");
    for (TypeMirror thrown : recover.element().getThrownTypes()) {
      if (!types.isAssignable(thrown, runtimeException.asType()) && !types.isAssignable(thrown, error.asType())) {
        return true;
      }
    }
    return false;
  }

  private void conflict(RecoverMethod first, RecoverMethod second) {
    TypeMirror a = first.exception().orElseThrow();
    TypeMirror b = second.exception().orElseThrow();
    if (types.isSameType(a, b)) {
      reporter.error(Messages.recoverDuplicate(a.toString(), first.displayName(), second.displayName()),
          second.element());
      return;
    }
    boolean related = types.isAssignable(a, b) || types.isAssignable(b, a);
    boolean eitherInterface = isInterface(a) || isInterface(b);
    if (!related && eitherInterface) {
      reporter.error(Messages.recoverAmbiguous(first.displayName(), a.toString(), second.displayName(), b.toString()),
          second.element());
    }
  }

  private static boolean isInterface(TypeMirror type) {
    return ((DeclaredType) type).asElement().getKind() == ElementKind.INTERFACE;
  }
}
