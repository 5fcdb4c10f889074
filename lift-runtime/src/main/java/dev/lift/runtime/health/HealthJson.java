package dev.lift.runtime.health;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import dev.lift.runtime.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** The health bodies, written with jackson-core's generator (no databind). */
final class HealthJson {
  /** Deeper details are cut off: a cyclic structure must not overflow the stack. */
  private static final int MAX_DEPTH = 16;

  private HealthJson() {}

  /** {@code {"status":"UP","checks":{"db":{"status":"UP","duration_ms":3,"details":{...}}}}} */
  static String report(HealthReport report, boolean showDetails) {
    return write(json -> {
      json.writeStartObject();
      json.writeStringField("status", report.status().name());
      json.writeObjectFieldStart("checks");
      for (Map.Entry<String, CheckResult> check : report.checks().entrySet()) {
        CheckResult result = check.getValue();
        json.writeObjectFieldStart(check.getKey());
        json.writeStringField("status", result.state().name());
        json.writeNumberField("duration_ms", result.durationMillis());
        if (showDetails && !result.details().isEmpty()) {
          json.writeFieldName("details");
          value(json, result.details(), 0);
        }
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeEndObject();
    });
  }

  /** {@code {"status":"UP"}} */
  static String status(HealthStatus.State state) {
    return write(json -> {
      json.writeStartObject();
      json.writeStringField("status", state.name());
      json.writeEndObject();
    });
  }

  /** {@code {"status":"DOWN","reason":"...","checks":["db"]}} */
  static String notReady(String reason, List<String> checks) {
    return write(json -> {
      json.writeStartObject();
      json.writeStringField("status", HealthStatus.State.DOWN.name());
      json.writeStringField("reason", reason);
      if (!checks.isEmpty()) {
        json.writeArrayFieldStart("checks");
        for (String name : checks) {
          json.writeString(name);
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    });
  }

  private interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private static String write(Body body) {
    SegmentedStringWriter text = new SegmentedStringWriter(Json.FACTORY._getBufferRecycler());
    try {
      try (JsonGenerator json = Json.FACTORY.createGenerator(text)) {
        body.write(json);
      }
      return text.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void value(JsonGenerator json, Object value, int depth) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String) {
      json.writeString((String) value);
    } else if (value instanceof Boolean) {
      json.writeBoolean((Boolean) value);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger) {
      json.writeNumber((BigInteger) value);
    } else if (value instanceof BigDecimal) {
      json.writeNumber((BigDecimal) value);
    } else if ((value instanceof Double || value instanceof Float)
        && Double.isFinite(((Number) value).doubleValue())) {
      json.writeNumber(((Number) value).doubleValue());
    } else if (depth >= MAX_DEPTH) {
      json.writeString("...");
    } else if (value instanceof Map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        json.writeFieldName(String.valueOf(entry.getKey()));
        value(json, entry.getValue(), depth + 1);
      }
      json.writeEndObject();
    } else if (value instanceof Iterable) {
      json.writeStartArray();
      for (Object element : (Iterable<?>) value) {
        value(json, element, depth + 1);
      }
      json.writeEndArray();
    } else {
      json.writeString(String.valueOf(value));
    }
  }
}
