package dev.lift.tests.app;

import dev.lift.runtime.http.EventKind;
import com.amazonaws.services.lambda.runtime.Context;
import dev.lift.annotations.Body;
import dev.lift.annotations.CookieParam;
import dev.lift.annotations.HeaderParam;
import dev.lift.annotations.QueryParam;
import dev.lift.annotations.Route;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.Response;
import java.util.List;
import java.util.Optional;

/**
 * Routes for the paths of the AWS samples in {@code shared/events}: {@code POST /my/path} (HTTP
 * API 2.0), {@code GET /my/path} (REST API 1.0), {@code POST /path/to/resource} (the two
 * alternative REST API events) and {@code GET /} (ALB). Each answers what it was bound, and sets
 * two cookies so that the response shows how the event's shape carries them.
 */
public class SampleEventRoutes {
  /** What {@code /my/path} was bound from the event. */
  public record MyPath(
      String kind,
      String method,
      String path,
      List<String> parameter1,
      List<String> parameter2,
      String header1,
      List<String> header2,
      List<String> header3,
      List<String> cookies,
      String body,
      String requestId,
      String apiGatewayRequestId) {}

  /** The body of the alternative REST API event. */
  public record Message(String message) {}

  /** What {@code /path/to/resource} was bound from the event. */
  public record Resource(
      String kind,
      String foo,
      String userAgent,
      List<String> forwardedFor,
      String message,
      String stage,
      String sourceIp) {}

  /** What {@code GET /} was bound from the ALB event. */
  public record Root(String kind, String cookie, String traceHeader, String host, String body) {}

  @Route("POST /my/path")
  public Response<MyPath> postMyPath(
      Request request,
      Context context,
      @QueryParam("parameter1") List<String> parameter1,
      @QueryParam("parameter2") List<String> parameter2,
      @HeaderParam("Header1") String header1,
      @HeaderParam("Header2") List<String> header2,
      @HeaderParam("Header3") List<String> header3,
      @Body String body) {
    return withCookies(myPath(request, context, parameter1, parameter2, header1, header2, header3, body));
  }

  @Route("GET /my/path")
  public Response<MyPath> getMyPath(
      Request request,
      Context context,
      @QueryParam("parameter1") List<String> parameter1,
      @QueryParam("parameter2") List<String> parameter2,
      @HeaderParam("Header1") String header1,
      @HeaderParam("Header2") List<String> header2,
      @HeaderParam("Header3") List<String> header3) {
    return withCookies(
        myPath(request, context, parameter1, parameter2, header1, header2, header3, request.bodyText()));
  }

  @Route("POST /path/to/resource")
  public Response<Resource> resource(
      Request request,
      @QueryParam("foo") String foo,
      @HeaderParam("user-agent") String userAgent,
      @HeaderParam("X-Forwarded-For") List<String> forwardedFor,
      @Body Optional<Message> message) {
    return withCookies(
        new Resource(
            EventKind.name(request.kind()),
            foo,
            userAgent,
            forwardedFor,
            message.map(Message::message).orElse(null),
            request.stage(),
            request.sourceIp()));
  }

  @Route("GET /")
  public Response<Root> root(
      Request request,
      @CookieParam("name") String name,
      @HeaderParam("X-Amzn-Trace-Id") String traceHeader,
      @HeaderParam("Host") String host) {
    return withCookies(new Root(EventKind.name(request.kind()), name, traceHeader, host, request.bodyText()));
  }

  private static MyPath myPath(
      Request request,
      Context context,
      List<String> parameter1,
      List<String> parameter2,
      String header1,
      List<String> header2,
      List<String> header3,
      String body) {
    return new MyPath(
        EventKind.name(request.kind()),
        request.method(),
        request.path(),
        parameter1,
        parameter2,
        header1,
        header2,
        header3,
        request.cookies(),
        body,
        context.getAwsRequestId(),
        request.requestContextId());
  }

  private static <T> Response<T> withCookies(T body) {
    return Response.ok(body).cookie("seen=1; Path=/; HttpOnly").cookie("visits=2; Max-Age=60");
  }
}
