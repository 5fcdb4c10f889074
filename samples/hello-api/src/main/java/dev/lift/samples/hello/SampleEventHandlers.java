package dev.lift.samples.hello;

import dev.lift.annotations.Body;
import dev.lift.annotations.DynamoDbStream;
import dev.lift.annotations.EventBridge;
import dev.lift.annotations.S3;
import dev.lift.annotations.Schedule;
import dev.lift.annotations.Sns;
import dev.lift.annotations.Sqs;
import dev.lift.annotations.WebSocket;
import dev.lift.runtime.events.DynamoDbRecord;
import dev.lift.runtime.events.EventBridgeEvent;
import dev.lift.runtime.events.EventExchange;
import dev.lift.runtime.events.S3Notification;
import dev.lift.runtime.events.SqsMessage;
import dev.lift.runtime.events.WebSocketRequest;
import dev.lift.runtime.metrics.Metrics;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One handler of each non-HTTP kind, bound to the queue, rule and bucket of the AWS samples in
 * {@code shared/events}, so that {@code invoke} answers {@code sqs_event_product.json},
 * {@code sqs_event_nobody.json} (its empty body does not decode: the message is reported failed),
 * {@code cloudwatch_event.json}, {@code s3_event.json} and {@code apigw_websocket_event.json}. The
 * same function serves them all with the HTTP routes (see {@code template.yaml}). The application's
 * access log and metrics middleware write one line per message for them as well.
 */
public class SampleEventHandlers {
  private final Map<Long, Product> catalogue = new ConcurrentHashMap<>();
  private final Map<String, Long> objects = new ConcurrentHashMap<>();
  private final AtomicInteger scheduledRuns = new AtomicInteger();

  /** Product updates; a negative price is refused, so the message is retried and ends in the DLQ. */
  @Sqs("TestLambda")
  public void productUpdated(@Body Product product, SqsMessage message) {
    if (product.price() != null && product.price().signum() < 0) {
      throw new IllegalArgumentException("Product " + product.id() + " has a negative price");
    }
    catalogue.put(product.id(), product);
  }

  /** The {@code demoschedule} rule of the sample. */
  @Schedule("demoschedule")
  public void scheduled(EventBridgeEvent event, EventExchange exchange) {
    scheduledRuns.incrementAndGet();
    exchange.metrics().add("CatalogueSize", catalogue.size(), Metrics.Unit.COUNT);
  }

  /** An order placed by another service on the default event bus. */
  @EventBridge(source = "com.example.orders", detailType = "OrderPlaced")
  public void orderPlaced(@Body OrderPlaced order) {
    if (order.total().signum() <= 0) {
      throw new IllegalArgumentException("Order " + order.orderId() + " has no total");
    }
  }

  /** Every object created in the sample bucket. */
  @S3(bucket = "example-bucket", events = "ObjectCreated:*")
  public void objectCreated(S3Notification notification) {
    objects.put(notification.key(), notification.size());
  }

  /** User changes of the {@code Users} table. */
  @DynamoDbStream("Users")
  public void userChanged(DynamoDbRecord record) {
    if (record.changeType() == DynamoDbRecord.ChangeType.REMOVE) {
      record.oldImage().ifPresent(old -> objects.remove("avatars/" + old.string("id")));
    }
  }

  /** Announcements published to the {@code announcements} topic. */
  @Sns("announcements")
  public void announced(@Body String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("Empty announcement");
    }
  }

  /** WebSocket connections: answers with the connection id. */
  @WebSocket("$connect")
  public String connected(WebSocketRequest request) {
    return "connected " + request.connectionId();
  }

  /** Every other WebSocket message is echoed back. */
  @WebSocket("$default")
  public Echo echo(WebSocketRequest request, @Body String body) {
    return new Echo(request.connectionId(), body);
  }

  /** The {@code detail} of {@code OrderPlaced} events. */
  public record OrderPlaced(String orderId, BigDecimal total) {}

  /** The answer to a WebSocket message. */
  public record Echo(String connectionId, String echo) {}
}
