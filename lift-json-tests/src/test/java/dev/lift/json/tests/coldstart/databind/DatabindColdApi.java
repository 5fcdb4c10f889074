package dev.lift.json.tests.coldstart.databind;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.lift.json.databind.DatabindCodec;
import dev.lift.json.tests.coldstart.generated.NewOrder;
import dev.lift.json.tests.coldstart.generated.Receipt;
import dev.lift.runtime.LiftRuntime;
import dev.lift.runtime.bind.Bodies;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * What the processor generated for {@code ColdApi} before generated codecs: the same runtime, the
 * same binding and encoding calls, with the bodies through {@code DatabindCodec} as its
 * {@code Codecs} held them. Written out by hand so that the probe compares the codecs alone.
 */
public final class DatabindColdApi extends LiftRuntime implements RequestStreamHandler {
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    handle(input, output, context);
  }

  @Override
  public WireResponse dispatch(Exchange exchange) {
    Request request = exchange.request();
    if (!request.method().equals("POST") || !request.path().equals("/orders")) {
      throw LiftError.notFound("No route matches " + request.method() + " " + request.path());
    }
    NewOrder order = Bodies.json(request, Codecs.NEW_ORDER);
    return WireResponse.json(Receipt.of(order), Codecs.RECEIPT);
  }

  private static final class Codecs {
    static final DatabindCodec<NewOrder> NEW_ORDER = DatabindCodec.of(NewOrder.class);
    static final DatabindCodec<Receipt> RECEIPT = DatabindCodec.of(Receipt.class);
  }
}
