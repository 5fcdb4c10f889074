package dev.lift.runtime.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.json.Json;
import dev.lift.runtime.json.JsonCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodiesTest {
  /** Reads a JSON integer, or null for JSON null. */
  private static final JsonCodec<Integer> INTEGER = new JsonCodec<>() {
    @Override
    public Integer read(JsonParser parser) throws IOException {
      return Json.firstToken(parser) == JsonToken.VALUE_NULL ? null : parser.getIntValue();
    }

    @Override
    public void write(JsonGenerator generator, Integer value) throws IOException {
      generator.writeNumber(value);
    }
  };

  private static Request withBody(String body) {
    return Request.builder(EventKind.API_GATEWAY_V2, "POST", "/")
        .body(body == null ? null : body.getBytes(StandardCharsets.UTF_8))
        .build();
  }

  @Test
  void requiredJsonBodyReadsTheValue() {
    assertEquals(42, Bodies.json(withBody("42"), INTEGER));
  }

  @Test
  void requiredJsonBodyRejectsAbsentEmptyAndNull() {
    for (String body : new String[] {null, "", "null"}) {
      LiftError error = assertThrows(LiftError.class, () -> Bodies.json(withBody(body), INTEGER));
      assertEquals(400, error.status(), "body " + body);
    }
  }

  @Test
  void optionalJsonBodyIsEmptyForAbsentEmptyAndNull() {
    assertEquals(Optional.empty(), Bodies.optionalJson(withBody(null), INTEGER));
    assertEquals(Optional.empty(), Bodies.optionalJson(withBody(""), INTEGER));
    assertEquals(Optional.empty(), Bodies.optionalJson(withBody("null"), INTEGER));
    assertEquals(Optional.of(7), Bodies.optionalJson(withBody("7"), INTEGER));
  }

  @Test
  void textAndBytesAreEmptyWhenAbsent() {
    assertEquals("", Bodies.text(withBody(null)));
    assertEquals(0, Bodies.bytes(withBody(null)).length);
    assertEquals(Optional.empty(), Bodies.optionalText(withBody("")));
    assertEquals(Optional.of("hi"), Bodies.optionalText(withBody("hi")));
  }
}
