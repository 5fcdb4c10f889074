package dev.lift.tests.app;

import dev.lift.runtime.http.Response;
import dev.lift.annotations.Route;
import java.util.concurrent.atomic.AtomicInteger;

/** One route per kind of return value. */
public class ReturnRoutes {
  /** Bytes that are not UTF-8, so that only a base64 body carries them intact. */
  public static final byte[] BINARY = {0, 1, 2, (byte) 0x80, (byte) 0xFE, (byte) 0xFF, '\n'};

  /** How often {@link #nothing} ran; a {@code void} route shows nothing else. */
  public static final AtomicInteger VOID_CALLS = new AtomicInteger();

  @Route("GET /ret/record")
  public Item record() {
    return new Item("widget", 3);
  }

  @Route("GET /ret/text")
  public String text() {
    return "plain text, café";
  }

  @Route("GET /ret/null-text")
  public String nullText() {
    return null;
  }

  @Route("GET /ret/bytes")
  public byte[] bytes() {
    return BINARY.clone();
  }

  @Route("POST /ret/void")
  public void nothing() {
    VOID_CALLS.incrementAndGet();
  }

  @Route("GET /ret/response")
  public Response<Item> response() {
    return Response.<Item>status(201)
        .header("Location", "/items/1")
        .addHeader("X-Multi", "a")
        .addHeader("X-Multi", "b")
        .cookie("a=1; Path=/")
        .cookie("b=2; HttpOnly")
        .cookie("c=3; Secure")
        .body(new Item("created", 1));
  }

  @Route("GET /ret/response/text")
  public Response<String> responseText() {
    return Response.<String>status(202).header("Cache-Control", "no-store").body("accepted");
  }

  @Route("GET /ret/response/bytes")
  public Response<byte[]> responseBytes() {
    return Response.<byte[]>status(200).contentType("image/png").body(BINARY.clone());
  }

  @Route("GET /ret/response/void")
  public Response<Void> responseVoid() {
    return Response.<Void>status(202).header("X-Done", "yes");
  }

  @Route("GET /ret/response/set-cookie-header")
  public Response<String> setCookieAsHeader() {
    return Response.ok("cookies as headers")
        .addHeader("Set-Cookie", "h1=1")
        .addHeader("set-cookie", "h2=2");
  }
}
