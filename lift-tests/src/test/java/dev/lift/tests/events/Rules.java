package dev.lift.tests.events;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lift.annotations.Body;
import dev.lift.annotations.EventBridge;
import dev.lift.annotations.Schedule;
import dev.lift.annotations.Sns;
import dev.lift.runtime.events.EventBridgeEvent;
import dev.lift.runtime.events.EventExchange;
import dev.lift.runtime.events.SnsMessage;
import java.util.List;

/** EventBridge, scheduled rules and SNS. */
public class Rules {
  public record Shipment(String orderId, List<String> parcels) {}

  public record Alert(String level, String text) {}

  @EventBridge(source = "com.example.shop", detailType = "OrderShipped")
  public void shipped(@Body Shipment shipment) {
    Calls.add("shipped " + shipment.orderId() + " " + shipment.parcels());
  }

  @EventBridge(source = "com.example.shop")
  public void anyShopEvent(EventBridgeEvent event, @Body String detail) {
    if (event.detailType().equals("Explode")) {
      throw new IllegalStateException("exploded");
    }
    Calls.add("shop " + event.detailType() + " " + detail);
  }

  @Schedule("demoschedule")
  public void demo(EventBridgeEvent event, Context context, EventExchange exchange) {
    Calls.add("schedule " + event.ruleName() + " " + (context != null) + " " + exchange.key());
  }

  @Schedule("arn:aws:events:eu-west-1:123456789012:rule/custom-bus/nightly")
  public void nightly(EventBridgeEvent event) {
    Calls.add("nightly " + event.ruleArn());
  }

  @Sns("alerts")
  public void alert(@Body Alert alert, SnsMessage message) {
    Calls.add("alert " + alert.level() + " " + alert.text() + " " + message.subject());
  }
}
