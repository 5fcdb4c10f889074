package com.example.events;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lift.annotations.Body;
import dev.lift.annotations.DynamoDbStream;
import dev.lift.annotations.EventBridge;
import dev.lift.annotations.Middleware;
import dev.lift.annotations.S3;
import dev.lift.annotations.Schedule;
import dev.lift.annotations.Sns;
import dev.lift.annotations.Sqs;
import dev.lift.annotations.WebSocket;
import dev.lift.runtime.events.DynamoDbRecord;
import dev.lift.runtime.events.EventBridgeEvent;
import dev.lift.runtime.events.EventExchange;
import dev.lift.runtime.events.S3Notification;
import dev.lift.runtime.events.SnsMessage;
import dev.lift.runtime.events.SqsMessage;
import dev.lift.runtime.events.WebSocketRequest;
import java.util.Optional;

/** One handler of each kind, with the variations the generated dispatch tells apart. */
public class Jobs {
  public record Order(String id, int quantity) {}

  public record Ack(String connection, boolean ok) {}

  @Sqs("orders")
  @Middleware(Retry.class)
  public void order(@Body Order order, SqsMessage message) {}

  @Sqs("arn:aws:sqs:eu-west-1:123456789012:payments.fifo")
  public static void payment(@Body String body, Context context) {}

  @Schedule("nightly")
  public void nightly(EventBridgeEvent event) {}

  @EventBridge(source = "com.example.shop", detailType = "OrderPlaced")
  public void placed(@Body Order order, EventExchange exchange) {}

  @EventBridge(source = "com.example.shop")
  public void anyShopEvent(EventBridgeEvent event, @Body Optional<String> detail) {}

  @S3(bucket = "uploads", prefix = "images/", suffix = ".png", events = {"ObjectCreated:*"})
  public void png(S3Notification notification) {}

  @S3(bucket = "uploads")
  public void upload(S3Notification notification) {}

  @DynamoDbStream(value = "Users", reportBatchItemFailures = true)
  public void user(DynamoDbRecord record) {}

  @Sns("arn:aws:sns:eu-west-1:123456789012:alerts")
  public void alert(@Body Order order, SnsMessage message) {}

  @WebSocket("$connect")
  public void connect(WebSocketRequest request) {}

  @WebSocket("sendMessage")
  public Ack send(WebSocketRequest request, @Body Order order) {
    return null;
  }

  @WebSocket("$default")
  public String other(@Body String body) {
    return body;
  }
}
