package dev.lift.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.lift.runtime.error.LiftError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTest {
  /** Reads any value by skipping it, the way a codec would consume it. */
  private static final JsonCodec<String> SKIPPING = new JsonCodec<>() {
    @Override
    public String read(JsonParser parser) throws IOException {
      Json.firstToken(parser);
      parser.skipChildren();
      return "read";
    }

    @Override
    public void write(JsonGenerator generator, String value) throws IOException {
      generator.writeString(value);
    }
  };

  private static LiftError rejected(String body) {
    return assertThrows(LiftError.class, () -> Json.read(body.getBytes(StandardCharsets.UTF_8), SKIPPING));
  }

  @Test
  void truncatedBodyIsA400InOurOwnWords() {
    LiftError error = rejected("{\"a\": [1, 2");
    assertEquals(400, error.status());
    assertEquals("Request body ends before its JSON value is complete", error.getMessage());
  }

  @Test
  void invalidTokenNamesTheLocationOnly() {
    LiftError error = rejected("{\"a\": nope}");
    assertEquals(400, error.status());
    assertEquals("Request body is not valid JSON at line 1, column 7", error.getMessage());
  }

  @Test
  void hostileNestingIsA400WithoutJacksonInternals() {
    LiftError error = rejected("[".repeat(5000) + "]".repeat(5000));
    assertEquals(400, error.status());
    assertFalse(error.getMessage().contains("`"), error.getMessage());
    assertFalse(error.getMessage().contains("jackson"), error.getMessage());
  }

  @Test
  void contentAfterTheValueIsA400() {
    assertEquals(400, rejected("{} {}").status());
  }

  @Test
  void emptyBodyIsA400() {
    assertEquals("Request body is empty; a JSON value is required", rejected("").getMessage());
  }

  @Test
  void writesThroughTheCodec() {
    assertEquals("\"x\\\"y\"", Json.write("x\"y", SKIPPING));
  }
}
