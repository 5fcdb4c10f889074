package dev.lift.processor.base;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotations as mirrors, never through {@code getAnnotation}. */
public final class Annotations {
  public static final String ROUTE = "dev.lift.annotations.Route";
  public static final String APPLICATION = "dev.lift.annotations.LiftApplication";
  public static final String PATH_PARAM = "dev.lift.annotations.PathParam";
  public static final String QUERY_PARAM = "dev.lift.annotations.QueryParam";
  public static final String HEADER_PARAM = "dev.lift.annotations.HeaderParam";
  public static final String COOKIE_PARAM = "dev.lift.annotations.CookieParam";
  public static final String BODY = "dev.lift.annotations.Body";
  public static final String MIDDLEWARE = "dev.lift.annotations.Middleware";
  public static final String RUNS_AFTER = "dev.lift.annotations.RunsAfter";
  public static final String RECOVER = "dev.lift.annotations.Recover";
  public static final String PRE_WARM = "dev.lift.annotations.PreWarm";
  public static final String NAMED = "dev.lift.annotations.Named";
  public static final String BEFORE_CHECKPOINT = "dev.lift.annotations.BeforeCheckpoint";
  public static final String AFTER_RESTORE = "dev.lift.annotations.AfterRestore";
  public static final String MIDDLEWARE_BINDING = "dev.lift.annotations.MiddlewareBinding";
  public static final String EXCHANGE_VALUE = "dev.lift.annotations.ExchangeValue";

  private Annotations() {}

  public static Optional<AnnotationMirror> find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The value of a member as written, or empty when the default applies. */
  public static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** A string member, falling back to {@code ""}, the default of every string member we declare. */
  public static String stringValue(AnnotationMirror mirror, String member) {
    return explicitValue(mirror, member).map(v -> String.valueOf(v.getValue())).orElse("");
  }
}
