package dev.lift.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import dev.lift.runtime.error.LiftError;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads and writes bodies through a {@link JsonCodec}, mapping bad JSON to 400. */
public final class Json {
  /**
   * The one jackson-core factory of the process, shared by the event decoders and the codecs.
   * Nesting is capped well below jackson's default so that hostile bodies fail fast.
   */
  public static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(200)
                  .maxNumberLength(1000)
                  .build())
          .build();

  private Json() {}

  /** Reads one JSON value that must fill the whole body; bad JSON answers 400. */
  public static <T> T read(byte[] body, JsonCodec<T> codec) {
    try (JsonParser parser = FACTORY.createParser(body)) {
      T value = codec.read(parser);
      if (parser.nextToken() != null) {
        throw LiftError.badRequest("Request body has content after the JSON value");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw LiftError.badRequest(invalidJson(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Our own words for a parse error: jackson's messages name its classes and options. */
  private static String invalidJson(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return "Request body exceeds the JSON limits (nesting depth 200, numbers of 1000 digits)";
    }
    if (e instanceof JsonEOFException) {
      return "Request body ends before its JSON value is complete";
    }
    JsonLocation at = e.getLocation();
    return at == null
        ? "Request body is not valid JSON"
        : "Request body is not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** Writes one value as JSON text. */
  public static <T> String write(T value, JsonCodec<T> codec) {
    SegmentedStringWriter out = new SegmentedStringWriter(FACTORY._getBufferRecycler());
    try {
      try (JsonGenerator generator = FACTORY.createGenerator(out)) {
        codec.write(generator, value);
      }
      return out.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves a fresh parser to its first token, failing with 400 on an empty body. */
  public static JsonToken firstToken(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken() == null ? parser.nextToken() : parser.currentToken();
    if (token == null) {
      throw LiftError.badRequest("Request body is empty; a JSON value is required");
    }
    return token;
  }
}
