package dev.lift.runtime.http;

/** Run in a fresh JVM by {@link PercentDecodingLoadTest}: decodes the path variables of one path. */
public final class DecodeSegmentOnce {
  private DecodeSegmentOnce() {}

  public static void main(String[] args) {
    Request request = Request.ofPath(args[0]);
    System.out.println("segment=" + request.decodedSegment(1));
    System.out.println("rest=" + request.decodedFrom(1));
  }
}
