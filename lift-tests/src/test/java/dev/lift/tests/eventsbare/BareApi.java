package dev.lift.tests.eventsbare;

import dev.lift.annotations.LiftApplication;
import dev.lift.annotations.WebSocket;

/** An application with one WebSocket route and no $default, and no handler of any other kind. */
@LiftApplication
public final class BareApi {
  @WebSocket("sendMessage")
  public static String send() {
    return "sent";
  }
}
