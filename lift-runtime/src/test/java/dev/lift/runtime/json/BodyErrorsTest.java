package dev.lift.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lift.runtime.error.LiftError;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON path of the value a parser is on, whatever token it is on, read from jackson's context. */
class BodyErrorsTest {
  @Test
  void pathOfScalarsInObjectsAndArrays() throws IOException {
    assertEquals("$.items[2].price", pathAt("{\"items\":[{},{},{\"price\":\"x\"}]}", JsonToken.VALUE_STRING));
    assertEquals("$[1][0]", pathAt("[1,[true]]", JsonToken.VALUE_TRUE));
    assertEquals("$", pathAt("\"x\"", JsonToken.VALUE_STRING));
  }

  @Test
  void pathOfAnObjectOrArrayIsWhereItStarts() throws IOException {
    assertEquals("$.a.b", pathAt("{\"a\":{\"b\":[]}}", JsonToken.START_ARRAY));
    assertEquals("$[0]", pathAt("[{}]", JsonToken.START_OBJECT));
    assertEquals("$", pathAt("{}", JsonToken.START_OBJECT));
  }

  @Test
  void pathAtTheEndOfAnObjectIsTheObjectsOwn() throws IOException {
    assertEquals("$.a[0]", pathAt("{\"a\":[{\"x\":1}]}", JsonToken.END_OBJECT));
  }

  @Test
  void namesThatAreNotIdentifiersAreQuoted() throws IOException {
    assertEquals("$['a b']['it\\'s']['1x'].ok_1", pathAt("{\"a b\":{\"it's\":{\"1x\":{\"ok_1\":null}}}}",
        JsonToken.VALUE_NULL));
  }

  @Test
  void missingFieldIsNamedAfterTheObject() throws IOException {
    try (JsonParser parser = Json.FACTORY.createParser("{\"a\":{}}")) {
      advanceTo(parser, JsonToken.END_OBJECT);
      LiftError error = (LiftError) BodyErrors.missing(parser, "count", "an integer");

      assertEquals(400, error.status());
      assertEquals("BAD_REQUEST", error.code());
      assertEquals("Request body does not match the expected shape at $.a.count: expected an integer", error.getMessage());
      assertEquals(Map.of("path", "$.a.count", "expected", "an integer"), error.details());
    }
  }

  private static String pathAt(String json, JsonToken token) throws IOException {
    try (JsonParser parser = Json.FACTORY.createParser(json)) {
      advanceTo(parser, token);
      return BodyErrors.pathOf(parser);
    }
  }

  /** Moves the parser to the first {@code token}. */
  private static void advanceTo(JsonParser parser, JsonToken token) throws IOException {
    for (JsonToken next = parser.nextToken(); next != null; next = parser.nextToken()) {
      if (next == token) {
        return;
      }
    }
    throw new AssertionError("no " + token);
  }
}
