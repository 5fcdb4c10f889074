package dev.lift.tests.events;

import dev.lift.annotations.Body;
import dev.lift.annotations.WebSocket;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.events.WebSocketRequest;

/** WebSocket routes, with a $default. */
public class Sockets {
  public record Chat(String to, String text) {}

  public record Sent(String from, String to, int length) {}

  @WebSocket("$connect")
  public void connect(WebSocketRequest request) {
    Calls.add("connect " + request.connectionId());
  }

  @WebSocket("sendMessage")
  public Sent send(WebSocketRequest request, @Body Chat chat) {
    return new Sent(request.connectionId(), chat.to(), chat.text().length());
  }

  @WebSocket("forbidden")
  public String forbidden() {
    throw LiftError.forbidden("not for you");
  }

  @WebSocket("boom")
  public String boom() {
    throw new IllegalStateException("secret internals");
  }

  @WebSocket("$default")
  public String fallback(WebSocketRequest request, @Body String body) {
    return "default " + request.routeKey() + ": " + body;
  }
}
