package dev.lift.bench.contenders.sigma;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.avaje.sigma.Sigma;
import io.avaje.sigma.aws.events.APIGatewayV2HttpEvent;
import io.avaje.sigma.aws.events.AWSHttpResponse;
import java.util.List;

/**
 * The avaje-sigma contender, as sigma's README sets it up without a DI container: Lambda's runtime
 * deserialises the event into sigma's record and serialises the response record.
 */
public class SigmaItemHandler implements RequestHandler<APIGatewayV2HttpEvent, AWSHttpResponse> {
  private final Sigma.HttpFunction function =
      Sigma.create().routing(List.of(new ItemController$Route(new ItemController()))).createHttpFunction();

  @Override
  public AWSHttpResponse handleRequest(APIGatewayV2HttpEvent event, Context context) {
    return function.apply(event, context);
  }
}
