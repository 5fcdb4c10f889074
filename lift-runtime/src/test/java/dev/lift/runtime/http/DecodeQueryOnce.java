package dev.lift.runtime.http;

import dev.lift.runtime.event.HttpEvents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Run in a fresh JVM by {@link PercentDecodingLoadTest}: reads one query parameter of an HTTP API event. */
public final class DecodeQueryOnce {
  private DecodeQueryOnce() {}

  public static void main(String[] args) throws IOException {
    String event = "{\"version\":\"2.0\",\"rawPath\":\"/items\",\"rawQueryString\":\"" + args[0] + "\","
        + "\"requestContext\":{\"http\":{\"method\":\"GET\"}},\"isBase64Encoded\":false}";
    Request request = HttpEvents.decode(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), 1024);
    System.out.println("a=" + request.query().first("a"));
  }
}
