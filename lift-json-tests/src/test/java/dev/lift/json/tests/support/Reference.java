package dev.lift.json.tests.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lift.runtime.json.Json;
import dev.lift.runtime.json.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * jackson-databind configured as lift-json-databind configures it, plus the java.time and
 * Optional modules that generated codecs stand in for, with ISO-8601 dates and durations and
 * offsets kept as sent: the reference generated codecs must agree with.
 */
public final class Reference {
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .build();

  private Reference() {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value as databind sees it: a tree to compare, whatever the Java type's equals does with arrays. */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads with a generated codec as the runtime does, through {@link Json#read}. */
  public static <T> T readWith(JsonCodec<T> codec, String json) {
    return Json.read(json.getBytes(StandardCharsets.UTF_8), codec);
  }

  public static <T> String writeWith(JsonCodec<T> codec, T value) {
    return Json.write(value, codec);
  }

}
