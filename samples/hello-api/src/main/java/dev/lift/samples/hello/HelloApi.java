package dev.lift.samples.hello;

import dev.lift.annotations.LiftApplication;
import dev.lift.local.LocalRunner;

/**
 * The hello-api sample: one Lambda function serving every route in this package.
 *
 * <p>The processor generates {@link LiftHelloApi}, the function's handler
 * ({@code dev.lift.samples.hello.LiftHelloApi::handleRequest}). {@code main} runs that same
 * handler locally:
 *
 * <pre>
 * java -jar target/hello-api.jar invoke events/get-hello.json
 * java -jar target/hello-api.jar serve --port 8080
 * </pre>
 */
@LiftApplication
public final class HelloApi {
  private HelloApi() {}

  public static void main(String[] args) {
    LocalRunner.main(args, new LiftHelloApi());
  }
}
