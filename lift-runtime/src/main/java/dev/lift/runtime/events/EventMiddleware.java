package dev.lift.runtime.events;

/**
 * Code that runs around event handlers ({@code @Sqs}, {@code @EventBridge}, {@code @Schedule},
 * {@code @S3}, {@code @DynamoDbStream}, {@code @Sns}, {@code @WebSocket}), applied with
 * {@code @Middleware} like HTTP middleware: on the application (every handler, together with the
 * HTTP middleware; classes of the list that do not implement this interface are skipped for
 * events), on a handler class, or on one handler method. A class may implement both this interface
 * and {@link dev.lift.runtime.middleware.Middleware}, as the built-in access log and metrics do.
 * The generated code calls each layer directly, outermost first, once per message or record:
 *
 * <pre>{@code
 * layer.before(exchange);                 // throwing fails this message or event
 * try {
 *   <inner layers and the handler>
 * } catch (Throwable error) {
 *   exchange.failed(error);               // exchange.error() is the first error
 *   throw error;                          // the failure stands: it is reported, not swallowed
 * } finally {
 *   layer.after(exchange);                // sees successes and failures alike
 * }
 * }</pre>
 *
 * <p>Instances are created once at init and shared; keep per-event state in the {@link
 * EventExchange}.
 */
public interface EventMiddleware {
  default void before(EventExchange exchange) throws Exception {}

  /** Runs after the inner layers, also when they failed ({@link EventExchange#error()}). */
  default void after(EventExchange exchange) throws Exception {}
}
