package dev.lift.json.databind;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Holds the process's one {@link ObjectMapper}. The JVM initialises this class, and so builds the
 * mapper, only when a codec first reads or writes a body: an application whose bodies never reach
 * databind never pays for it.
 */
final class SharedMapper {
  static final ObjectMapper INSTANCE =
      JsonMapper.builder()
          // Clients may send fields this version of the API does not know yet.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // A null or absent int is a client mistake, not a zero (absent creator properties
          // of primitive type fail too, so record components of primitive type are required).
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          // java.util.Date as ISO-8601 text rather than epoch milliseconds.
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private SharedMapper() {}
}
