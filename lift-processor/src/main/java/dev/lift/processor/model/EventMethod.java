package dev.lift.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A method bound to non-HTTP events ({@code @Sqs}, {@code @EventBridge}, {@code @Schedule},
 * {@code @S3}, {@code @DynamoDbStream}, {@code @Sns}, {@code @WebSocket}).
 *
 * @param returns the WebSocket answer's body form; {@link BodyType.Form#EMPTY} for other kinds
 * @param classMiddleware the {@code @Middleware} of the declaring class, outermost first
 * @param middleware the method's own {@code @Middleware}
 * @param layers what runs around the handler, outermost first: the event middleware of the
 *     application, class and method scopes (HTTP-only middleware skipped)
 */
public record EventMethod(
    ExecutableElement element,
    AnnotationMirror annotation,
    EventBinding binding,
    List<EventParameter> parameters,
    BodyType returns,
    boolean isStatic,
    List<MiddlewareUse> classMiddleware,
    List<MiddlewareUse> middleware,
    List<MiddlewareUse> layers) {
  public EventMethod {
    layers = List.copyOf(layers);
    parameters = List.copyOf(parameters);
    classMiddleware = List.copyOf(classMiddleware);
    middleware = List.copyOf(middleware);
  }

  public TypeElement owner() {
    return (TypeElement) element.getEnclosingElement();
  }

  /** {@code Orders.onPlaced}. */
  public String displayName() {
    return owner().getSimpleName() + "." + element.getSimpleName();
  }

  /** A parameter and what it is bound to. */
  public record EventParameter(VariableElement element, Source source, Optional<BodyType> body) {
    public enum Source {
      EVENT,
      BODY,
      CONTEXT,
      EXCHANGE
    }
  }
}
