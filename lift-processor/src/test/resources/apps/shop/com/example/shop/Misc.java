package com.example.shop;

import dev.lift.annotations.Body;
import dev.lift.annotations.HeaderParam;
import dev.lift.annotations.PathParam;
import dev.lift.annotations.QueryParam;
import dev.lift.annotations.Route;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.Response;
import java.util.List;
import java.util.Optional;

/** Root, ANY next to GET, colliding literal hashes, scalar conversions and a static route. */
public class Misc {
  @Route("GET /")
  public String index() {
    return "shop";
  }

  @Route("GET /status")
  public String status() {
    return "ok";
  }

  /** Every method but GET (and HEAD) lands here. */
  @Route("ANY /status")
  public Response<Void> statusOther(Request request) {
    return Response.status(405);
  }

  /** The route method takes the exchange by type. */
  @Route("GET /whoami")
  public String whoami(Exchange exchange) {
    return exchange.requestId();
  }

  @Route("GET /version")
  public static String version() {
    return "1";
  }

  // "Aa" and "BB" have the same String.hashCode(): they share one case of the segment switch.
  @Route("GET /codes/Aa")
  public String aa() {
    return "Aa";
  }

  @Route("GET /codes/BB")
  public String bb() {
    return "BB";
  }

  @Route("GET /codes/{code}")
  public String code(@PathParam char code) {
    return String.valueOf(code);
  }

  @Route("POST /echo")
  public String echo(
      @Body Optional<String> text,
      @QueryParam double scale,
      @QueryParam float ratio,
      @QueryParam short small,
      @QueryParam byte tiny,
      @QueryParam Long big,
      @QueryParam("char") Character letter,
      @HeaderParam("X-Verbose") Boolean verbose) {
    return text.orElse("");
  }

  @Route("POST /upload")
  public Response<List<String>> upload(@Body Optional<byte[]> data) {
    return Response.ok(List.of());
  }

  /** A nested handler: static, public, constructible. */
  public static class Audit {
    @Route("GET /admin/audit")
    public List<String> entries(@QueryParam("since") Optional<Long> since) {
      return List.of();
    }
  }
}
