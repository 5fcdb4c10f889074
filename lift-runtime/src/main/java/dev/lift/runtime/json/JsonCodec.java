package dev.lift.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The seam JSON bodies go through: reads one value from a streaming parser and writes one to a
 * streaming generator. Generated dispatchers use one codec per body type, created on first use;
 * an application whose routes use no JSON never touches this package. The entry class of an
 * application with few body types reads and writes them with code of its own instead ({@link
 * dev.lift.runtime.LiftRuntime#readBody}), so that its first request loads no codec.
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
