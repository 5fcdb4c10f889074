package dev.lift.tests.app;

import dev.lift.runtime.http.EventKind;
import com.amazonaws.services.lambda.runtime.Context;
import dev.lift.annotations.CookieParam;
import dev.lift.annotations.HeaderParam;
import dev.lift.annotations.PathParam;
import dev.lift.annotations.QueryParam;
import dev.lift.annotations.Route;
import dev.lift.runtime.http.Request;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One route per binding source and container, each answering the converted values as JSON so
 * that a test sees exactly what the route method received.
 */
public class BindingRoutes {
  /** Required values of every supported kind. */
  public record Scalars(
      String text, int count, long big, boolean flag, double ratio, UUID id, Color color) {}

  /** Optional values; {@code null} stands for an empty Optional. */
  public record Maybe(
      String text, Integer count, Long big, Boolean flag, Double ratio, UUID id, Color color) {}

  /** Every value of repeated parameters, in order. */
  public record Lists(
      List<String> text,
      List<Integer> count,
      List<Long> big,
      List<Boolean> flag,
      List<Double> ratio,
      List<UUID> id,
      List<Color> color) {}

  /** What was injected by type. */
  public record Injected(
      String kind,
      String method,
      String path,
      String requestId,
      String functionName,
      int remainingMillis) {}

  @Route("GET /bind/path/{text}/{count}/{big}/{flag}/{ratio}/{id}/{color}")
  public Scalars path(
      @PathParam String text,
      @PathParam int count,
      @PathParam long big,
      @PathParam boolean flag,
      @PathParam double ratio,
      @PathParam UUID id,
      @PathParam Color color) {
    return new Scalars(text, count, big, flag, ratio, id, color);
  }

  @Route("GET /bind/query")
  public Scalars query(
      @QueryParam String text,
      @QueryParam int count,
      @QueryParam long big,
      @QueryParam boolean flag,
      @QueryParam double ratio,
      @QueryParam UUID id,
      @QueryParam Color color) {
    return new Scalars(text, count, big, flag, ratio, id, color);
  }

  @Route("GET /bind/header")
  public Scalars header(
      @HeaderParam("X-Text") String text,
      @HeaderParam("X-Count") int count,
      @HeaderParam("X-Big") long big,
      @HeaderParam("X-Flag") boolean flag,
      @HeaderParam("X-Ratio") double ratio,
      @HeaderParam("X-Id") UUID id,
      @HeaderParam("X-Color") Color color) {
    return new Scalars(text, count, big, flag, ratio, id, color);
  }

  @Route("GET /bind/cookie")
  public Scalars cookie(
      @CookieParam String text,
      @CookieParam int count,
      @CookieParam long big,
      @CookieParam boolean flag,
      @CookieParam double ratio,
      @CookieParam UUID id,
      @CookieParam Color color) {
    return new Scalars(text, count, big, flag, ratio, id, color);
  }

  @Route("GET /bind/query/optional")
  public Maybe optionalQuery(
      @QueryParam Optional<String> text,
      @QueryParam Optional<Integer> count,
      @QueryParam Optional<Long> big,
      @QueryParam Optional<Boolean> flag,
      @QueryParam Optional<Double> ratio,
      @QueryParam Optional<UUID> id,
      @QueryParam Optional<Color> color) {
    return maybe(text, count, big, flag, ratio, id, color);
  }

  @Route("GET /bind/header/optional")
  public Maybe optionalHeader(
      @HeaderParam("X-Text") Optional<String> text,
      @HeaderParam("X-Count") Optional<Integer> count,
      @HeaderParam("X-Big") Optional<Long> big,
      @HeaderParam("X-Flag") Optional<Boolean> flag,
      @HeaderParam("X-Ratio") Optional<Double> ratio,
      @HeaderParam("X-Id") Optional<UUID> id,
      @HeaderParam("X-Color") Optional<Color> color) {
    return maybe(text, count, big, flag, ratio, id, color);
  }

  @Route("GET /bind/cookie/optional")
  public Maybe optionalCookie(
      @CookieParam Optional<String> text,
      @CookieParam Optional<Integer> count,
      @CookieParam Optional<Long> big,
      @CookieParam Optional<Boolean> flag,
      @CookieParam Optional<Double> ratio,
      @CookieParam Optional<UUID> id,
      @CookieParam Optional<Color> color) {
    return maybe(text, count, big, flag, ratio, id, color);
  }

  @Route("GET /bind/query/list")
  public Lists listQuery(
      @QueryParam("a") List<String> text,
      @QueryParam List<Integer> count,
      @QueryParam List<Long> big,
      @QueryParam List<Boolean> flag,
      @QueryParam List<Double> ratio,
      @QueryParam List<UUID> id,
      @QueryParam List<Color> color) {
    return new Lists(text, count, big, flag, ratio, id, color);
  }

  @Route("GET /bind/header/list")
  public Lists listHeader(
      @HeaderParam("X-Text") List<String> text,
      @HeaderParam("X-Count") List<Integer> count,
      @HeaderParam("X-Big") List<Long> big,
      @HeaderParam("X-Flag") List<Boolean> flag,
      @HeaderParam("X-Ratio") List<Double> ratio,
      @HeaderParam("X-Id") List<UUID> id,
      @HeaderParam("X-Color") List<Color> color) {
    return new Lists(text, count, big, flag, ratio, id, color);
  }

  /** The parameter the error-message tests name: {@code query parameter 'limit'}. */
  @Route("GET /bind/limit")
  public String limit(@QueryParam int limit) {
    return "limit=" + limit;
  }

  @Route("GET /bind/tenant")
  public String tenant(@HeaderParam("X-Tenant") String tenant, @CookieParam("session") String session) {
    return tenant + "/" + session;
  }

  @Route("ANY /bind/injected/{rest+}")
  public Injected injected(Request request, Context context, @PathParam String rest) {
    return new Injected(
        EventKind.name(request.kind()),
        request.method(),
        request.path(),
        context.getAwsRequestId(),
        context.getFunctionName(),
        context.getRemainingTimeInMillis());
  }

  private static Maybe maybe(
      Optional<String> text,
      Optional<Integer> count,
      Optional<Long> big,
      Optional<Boolean> flag,
      Optional<Double> ratio,
      Optional<UUID> id,
      Optional<Color> color) {
    return new Maybe(
        text.orElse(null),
        count.orElse(null),
        big.orElse(null),
        flag.orElse(null),
        ratio.orElse(null),
        id.orElse(null),
        color.orElse(null));
  }
}
