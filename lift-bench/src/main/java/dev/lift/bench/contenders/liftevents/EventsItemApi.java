package dev.lift.bench.contenders.liftevents;

import dev.lift.annotations.LiftApplication;
import dev.lift.annotations.Sqs;
import dev.lift.runtime.events.SqsMessage;

/**
 * The liftcore contender with one SQS handler besides its route: its entry class reads each event
 * into memory and classifies it before HTTP decoding, which is what an HTTP request costs more in
 * an application that also has event handlers. Handler:
 * {@code dev.lift.bench.contenders.liftevents.LiftEventsItemApi}.
 */
@LiftApplication
public final class EventsItemApi {
  @Sqs("restock")
  public static void restock(SqsMessage message) {}
}
