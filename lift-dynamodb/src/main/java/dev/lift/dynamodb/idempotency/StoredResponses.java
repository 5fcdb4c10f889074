package dev.lift.dynamodb.idempotency;

import dev.lift.runtime.http.WireResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link WireResponse} as bytes and reads it back exactly: status, headers in order with
 * every value, cookies, body text and the base64 flag. One binary attribute instead of a DynamoDB
 * map keeps the header order (maps have none) and allows empty values.
 *
 * <p>Format (big-endian): version byte 1, status int, header count int, then per header its name
 * and value count and values, cookie count and cookies, a body flag byte (0 none, 1 text, 2
 * base64) and the body. Strings are an int length and UTF-8 bytes.
 */
final class StoredResponses {
  private static final int VERSION = 1;

  private StoredResponses() {}

  static byte[] write(WireResponse response) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(response.status());
      Map<String, List<String>> headers = response.headers() == null ? Map.of() : response.headers();
      out.writeInt(headers.size());
      for (Map.Entry<String, List<String>> header : headers.entrySet()) {
        writeString(out, header.getKey());
        List<String> values = header.getValue() == null ? List.of() : header.getValue();
        out.writeInt(values.size());
        for (String value : values) {
          writeString(out, value);
        }
      }
      List<String> cookies = response.cookies() == null ? List.of() : response.cookies();
      out.writeInt(cookies.size());
      for (String cookie : cookies) {
        writeString(out, cookie);
      }
      if (response.body() == null) {
        out.writeByte(0);
      } else {
        out.writeByte(response.base64() ? 2 : 1);
        writeString(out, response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static WireResponse read(byte[] stored) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      int version = in.readUnsignedByte();
      if (version != VERSION) {
        throw new IllegalStateException("Unknown stored response version " + version);
      }
      int status = in.readInt();
      int headerCount = in.readInt();
      Map<String, List<String>> headers = new LinkedHashMap<>(Math.max(4, headerCount * 2));
      for (int i = 0; i < headerCount; i++) {
        String name = readString(in);
        int valueCount = in.readInt();
        List<String> values = new ArrayList<>(valueCount);
        for (int j = 0; j < valueCount; j++) {
          values.add(readString(in));
        }
        headers.put(name, Collections.unmodifiableList(values));
      }
      int cookieCount = in.readInt();
      List<String> cookies = new ArrayList<>(cookieCount);
      for (int i = 0; i < cookieCount; i++) {
        cookies.add(readString(in));
      }
      int bodyKind = in.readUnsignedByte();
      String body = bodyKind == 0 ? null : readString(in);
      return new WireResponse(status, headers, Collections.unmodifiableList(cookies), body, bodyKind == 2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("Corrupt stored response: a string of " + length + " bytes");
    }
    byte[] utf8 = in.readNBytes(length);
    return new String(utf8, StandardCharsets.UTF_8);
  }
}
