package dev.lift.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * A codec the annotation processor wrote for one body type, over jackson-core's streaming parser
 * and generator: no reflection and no jackson-databind. Generated dispatchers refer to it directly
 * ({@code User_JsonCodec.INSTANCE}); codecs of nested types call each other the same way.
 *
 * <p>{@link #read} reads a request body and then checks the value's Jakarta Bean Validation
 * constraints, which the processor compiled into {@link #validate}; nested values are read with
 * {@link #readValue} and checked as part of the value that holds them (where {@code @Valid} asks).
 */
public abstract class GeneratedCodec<T> implements JsonCodec<T> {
  protected GeneratedCodec() {}

  /**
   * Reads one value, JSON {@code null} as {@code null}. The parser is on the value's first token
   * and is left on its last.
   */
  public abstract T readValue(JsonParser parser) throws IOException;

  /** Writes one value, {@code null} as JSON {@code null}. */
  public abstract void writeValue(JsonGenerator generator, T value) throws IOException;

  /** Adds the constraint violations of a value that is not null; the default has no constraints. */
  public void validate(T value, Violations violations) {}

  /**
   * Whether {@link #validate} has anything to check; codecs that override it answer true. Without
   * constraints a read creates no {@link Violations} (nor loads its class on a cold start).
   */
  protected boolean hasConstraints() {
    return false;
  }

  @Override
  public final T read(JsonParser parser) throws IOException {
    Json.firstToken(parser);
    T value = readValue(parser);
    if (value != null && hasConstraints()) {
      Violations violations = new Violations();
      validate(value, violations);
      violations.throwIfAny();
    }
    return value;
  }

  @Override
  public final void write(JsonGenerator generator, T value) throws IOException {
    writeValue(generator, value);
  }
}
