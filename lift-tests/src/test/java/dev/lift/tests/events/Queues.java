package dev.lift.tests.events;

import dev.lift.annotations.Body;
import dev.lift.annotations.Middleware;
import dev.lift.annotations.Sqs;
import dev.lift.runtime.events.SqsMessage;

/** SQS handlers: a JSON body, a FIFO queue bound by ARN, and the shared sample's queue. */
public class Queues {
  public record Order(String id, int quantity) {}

  @Sqs("orders")
  @Middleware(MethodMw.class)
  public void order(@Body Order order, SqsMessage message) {
    if (order.quantity() < 0) {
      throw new IllegalArgumentException("negative quantity in " + order.id());
    }
    Calls.add("order " + order.id() + " x" + order.quantity());
  }

  @Sqs("arn:aws:sqs:eu-west-1:123456789012:payments.fifo")
  public static void payment(@Body String body, SqsMessage message) {
    if (body.startsWith("fail")) {
      throw new IllegalStateException("payment refused: " + body);
    }
    Calls.add("payment " + message.messageGroupId() + " " + body);
  }

  @Sqs("TestLambda")
  public void sample(SqsMessage message, @Body String body) {
    Calls.add("TestLambda " + message.messageId() + " body=" + body.length());
  }
}
