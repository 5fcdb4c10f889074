package dev.lift.runtime.http;

import dev.lift.runtime.error.Failures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding as UTF-8, for path variables and query strings. A class of its own so that a
 * cold start loads it only when a request has an escape to decode: callers test for {@code %}
 * first (each class a first request loads costs it about 0.5 ms).
 */
public final class PercentDecoding {
  private PercentDecoding() {}

  /**
   * Percent-decodes {@code s[from, to)} as UTF-8; {@code +} stays {@code +}. Characters that are
   * not ASCII are kept as they are. A bad escape, or bytes that are not UTF-8, answer 400.
   */
  public static String decode(String s, int from, int to) {
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
      // as itself, which the verifier would load with this class (see Failures).
      throw Failures.badRequest("Percent-encoding in '" + s.substring(from, to) + "' is not UTF-8");
    }
  }
}
