package dev.lift.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The seam every JSON body goes through: reads one value from a streaming parser and writes one
 * to a streaming generator. Generated dispatchers hold one codec per body type, created on first
 * use; an application whose routes use no JSON never touches this package.
 *
 * <p>Implementations throw {@link dev.lift.runtime.error.LiftError} (400) for a body that does not
 * fit the type; {@link Json} maps jackson-core's parse errors to 400 as well.
 */
public interface JsonCodec<T> {
  /** Reads a value; the parser is positioned before the value's first token. */
  T read(JsonParser parser) throws IOException;

  /** Writes a value, which may be {@code null}. */
  void write(JsonGenerator generator, T value) throws IOException;
}
