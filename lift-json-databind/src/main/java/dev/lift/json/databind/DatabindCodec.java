package dev.lift.json.databind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import dev.lift.runtime.json.Json;
import dev.lift.runtime.json.JsonCodec;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * Reads and writes one body type through jackson-databind, for body types the annotation
 * processor does not write codecs for yet. Generated code creates one per type, as
 * {@code DatabindCodec.of(User.class)} or
 * {@code DatabindCodec.of(new TypeReference<List<User>>() {})}.
 *
 * <p>All codecs share one {@link ObjectMapper}, built when a codec first reads or writes (not when
 * it is created), so that an application whose routes never carry such bodies never starts
 * databind. The mapper ignores unknown fields and writes {@code java.util.Date} as ISO-8601 text.
 * Records, enums, collections and maps work as they are. A primitive component ({@code int},
 * {@code double}, {@code boolean}) is required: absent or {@code null}, it answers 400 rather than
 * reading as zero; declare {@code Integer} and the like for optional numbers.
 *
 * <p>No databind modules are registered: {@code java.time} types (which need
 * jackson-datatype-jsr310) and {@code Optional} (jackson-datatype-jdk8) are not supported here.
 * Reading such a type throws {@link IllegalStateException}; writing one fails with databind's
 * {@code InvalidDefinitionException}. Both are server errors, never the client's 400. Generated
 * codecs will replace this class for such types.
 *
 * <p>A body that does not fit the type answers 400 {@code BAD_REQUEST} with the JSON path of the
 * offending value and the kind of value expected there, in the message and in {@code details}
 * ({@code path}, {@code expected}); the message never names Java types. Malformed JSON is left to
 * {@link Json#read}, which answers 400 as well.
 */
public final class DatabindCodec<T> implements JsonCodec<T> {
  private final Type type;

  /**
   * Resolved on first use. Unsynchronised on purpose: {@link Binding} is immutable with final
   * fields, so a racing thread sees either null (and resolves an equal binding) or a whole one.
   */
  private Binding binding;

  private DatabindCodec(Type type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /** A codec for a non-generic body type, such as a record. */
  public static <T> DatabindCodec<T> of(Class<T> type) {
    return new DatabindCodec<>(type);
  }

  /** A codec for a generic body type: {@code of(new TypeReference<List<User>>() {})}. */
  public static <T> DatabindCodec<T> of(TypeReference<T> type) {
    return new DatabindCodec<>(Objects.requireNonNull(type, "type").getType());
  }

  @Override
  public T read(JsonParser parser) throws IOException {
    Json.firstToken(parser); // the runtime's answer to an empty body, rather than databind's
    try {
      return binding().reader.readValue(parser);
    } catch (InvalidDefinitionException e) {
      throw new IllegalStateException(
          "jackson-databind cannot read the body type " + type.getTypeName() + ": "
              + e.getOriginalMessage(),
          e);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof JsonProcessingException malformed
          && !(malformed instanceof JsonMappingException)) {
        // Bad JSON met inside a nested value; databind wraps it, Json.read reports it.
        throw malformed;
      }
      throw BodyMismatch.toLiftError(e);
    }
  }

  @Override
  public void write(JsonGenerator generator, T value) throws IOException {
    binding().writer.writeValue(generator, value);
  }

  private Binding binding() {
    Binding resolved = binding;
    if (resolved == null) {
      resolved = new Binding(SharedMapper.INSTANCE, type);
      binding = resolved;
    }
    return resolved;
  }

  /** The reader and writer for one type; both are immutable and safe to share across threads. */
  private static final class Binding {
    final ObjectReader reader;
    final ObjectWriter writer;

    Binding(ObjectMapper mapper, Type type) {
      JavaType javaType = mapper.getTypeFactory().constructType(type);
      // Writing for the declared type, not each value's class, keeps the shape the type promises.
      this.reader = mapper.readerFor(javaType);
      this.writer = mapper.writerFor(javaType);
    }
  }
}
