package dev.lift.runtime.http;

import dev.lift.runtime.error.Failures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request path cut into segments once, when the event is decoded. Generated dispatchers match
 * segments in place ({@link #segmentHash}, {@link #segmentIs}) so that matching a route allocates
 * nothing, and take path variables out by index.
 *
 * <p>Rules: the path is matched as sent (percent-encoded); one trailing slash is ignored, so
 * {@code /users/} is {@code /users}; {@code /} has no segments; an empty segment ({@code //})
 * matches neither a literal nor a variable. Variables are percent-decoded as UTF-8 when they are
 * taken out; {@code +} is not a space in a path.
 */
public final class RequestPath {
  private final String raw;
  /** start[i] and end[i] delimit segment i in {@link #raw}. */
  private final int[] starts;
  private final int[] ends;
  private final int count;

  private RequestPath(String raw, int[] starts, int[] ends, int count) {
    this.raw = raw;
    this.starts = starts;
    this.ends = ends;
    this.count = count;
  }

  /** Cuts a raw path; a path that does not start with {@code /} is read as if it did. */
  public static RequestPath of(String raw) {
    int length = raw.length();
    int from = length > 0 && raw.charAt(0) == '/' ? 1 : 0;
    int to = length;
    if (to > from && raw.charAt(to - 1) == '/') {
      to--;
    }
    if (to <= from) {
      return new RequestPath(raw, new int[0], new int[0], 0);
    }
    int segments = 1;
    for (int i = from; i < to; i++) {
      if (raw.charAt(i) == '/') {
        segments++;
      }
    }
    int[] starts = new int[segments];
    int[] ends = new int[segments];
    int segment = 0;
    starts[0] = from;
    for (int i = from; i < to; i++) {
      if (raw.charAt(i) == '/') {
        ends[segment] = i;
        starts[++segment] = i + 1;
      }
    }
    ends[segment] = to;
    return new RequestPath(raw, starts, ends, segments);
  }

  /** The path as it was sent. */
  public String raw() {
    return raw;
  }

  public int segmentCount() {
    return count;
  }

  /** {@link String#hashCode()} of segment {@code i}, computed in place. */
  public int segmentHash(int i) {
    int hash = 0;
    for (int c = starts[i], end = ends[i]; c < end; c++) {
      hash = 31 * hash + raw.charAt(c);
    }
    return hash;
  }

  /** Whether segment {@code i} is exactly {@code literal}, compared in place. */
  public boolean segmentIs(int i, String literal) {
    int length = ends[i] - starts[i];
    return length == literal.length() && raw.regionMatches(starts[i], literal, 0, length);
  }

  /** Whether segment {@code i} is non-empty, as a {@code {variable}} requires. */
  public boolean segmentPresent(int i) {
    return ends[i] > starts[i];
  }

  /** Segment {@code i} as sent. */
  public String segment(int i) {
    return raw.substring(starts[i], ends[i]);
  }

  /** Segment {@code i} percent-decoded; a bad escape answers 400. */
  public String decoded(int i) {
    return percentDecode(raw, starts[i], ends[i]);
  }

  /** Segments {@code i} to the last, joined with {@code /} and percent-decoded ({@code {name+}}). */
  public String decodedFrom(int i) {
    return percentDecode(raw, starts[i], ends[count - 1]);
  }

  /** Percent-decodes {@code s[from, to)} as UTF-8; {@code +} stays {@code +}. */
  public static String percentDecode(String s, int from, int to) {
    int percent = s.indexOf('%', from);
    if (percent < 0 || percent >= to) {
      return s.substring(from, to);
    }
    ByteBuffer bytes = ByteBuffer.allocate(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '%') {
        int hi = i + 2 < to ? Character.digit(s.charAt(i + 1), 16) : -1;
        int lo = i + 2 < to ? Character.digit(s.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
          throw Failures.badRequest("Invalid percent-encoding in '" + s.substring(from, to) + "'");
        }
        bytes.put((byte) (hi << 4 | lo));
        i += 2;
      } else if (c < 0x80) {
        bytes.put((byte) c);
      } else {
        // Already-decoded characters (a REST API path) are kept as they are.
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < to) {
          encoded = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        if (bytes.remaining() < encoded.length) {
          ByteBuffer larger = ByteBuffer.allocate(bytes.capacity() + 4 * (to - i) + encoded.length);
          bytes.flip();
          larger.put(bytes);
          bytes = larger;
        }
        bytes.put(encoded);
      }
    }
    bytes.flip();
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes);
      return chars.toString();
    } catch (IOException e) {
      // A CharacterCodingException; caught as IOException, which every JVM has loaded at start, not
      // as itself, which the verifier would load for every cold start (see Failures).
      throw Failures.badRequest("Percent-encoding in '" + s.substring(from, to) + "' is not UTF-8");
    }
  }

  @Override
  public String toString() {
    return raw;
  }
}
