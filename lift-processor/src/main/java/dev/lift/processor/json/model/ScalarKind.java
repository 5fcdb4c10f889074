package dev.lift.processor.json.model;

/**
 * The JSON scalars a generated codec reads and writes. Each names the {@code read*} and {@code
 * write*} methods of the runtime that handle it, in {@code Json} for the common ones ({@link
 * #inJson}) and {@code JsonScalars} for the others, and what a client is told it should have sent
 * (the runtime's own wording, for fields that are missing).
 */
public enum ScalarKind {
  BOOLEAN("readBoolean", "readBooleanBox", "writeBoolean", "a boolean"),
  BYTE("readByte", "readByteBox", "writeByte", "an integer"),
  SHORT("readShort", "readShortBox", "writeShort", "an integer"),
  INT("readInt", "readIntBox", "writeInt", "an integer"),
  LONG("readLong", "readLongBox", "writeLong", "an integer"),
  FLOAT("readFloat", "readFloatBox", "writeFloat", "a number"),
  DOUBLE("readDouble", "readDoubleBox", "writeDouble", "a number"),
  CHAR("readChar", "readCharBox", "writeCharBox", "a string of one character"),
  STRING("readString", "readString", "writeString", "a string"),
  BIG_DECIMAL("readBigDecimal", "readBigDecimal", "writeBigDecimal", "a number"),
  BIG_INTEGER("readBigInteger", "readBigInteger", "writeBigInteger", "an integer"),
  UUID("readUuid", "readUuid", "writeUuid", "a UUID"),
  INSTANT("readInstant", "readInstant", "writeInstant", "an ISO-8601 instant such as 2024-01-31T12:00:00Z"),
  LOCAL_DATE("readLocalDate", "readLocalDate", "writeLocalDate", "an ISO-8601 date such as 2024-01-31"),
  LOCAL_DATE_TIME("readLocalDateTime", "readLocalDateTime", "writeLocalDateTime",
      "an ISO-8601 date and time such as 2024-01-31T12:00:00"),
  OFFSET_DATE_TIME("readOffsetDateTime", "readOffsetDateTime", "writeOffsetDateTime",
      "an ISO-8601 date and time with an offset such as 2024-01-31T12:00:00+01:00"),
  DURATION("readDuration", "readDuration", "writeDuration", "an ISO-8601 duration such as PT1H30M"),
  BASE64("readBase64", "readBase64", "writeBase64", "a base64 string");

  private final String primitiveReader;
  private final String reader;
  private final String writer;
  private final String expected;

  ScalarKind(String primitiveReader, String reader, String writer, String expected) {
    this.primitiveReader = primitiveReader;
    this.reader = reader;
    this.writer = writer;
    this.expected = expected;
  }

  /** The reader for the primitive form, which refuses null (the same as {@link #reader} for others). */
  public String primitiveReader() {
    return primitiveReader;
  }

  /** The reader that takes JSON null as Java null. */
  public String reader() {
    return reader;
  }

  /** The null-safe writer. */
  public String writer() {
    return writer;
  }

  public String expected() {
    return expected;
  }

  /**
   * Whether the helpers are in the runtime's {@code Json}, which every application with a JSON body
   * loads; the others are in {@code JsonScalars}, loaded only by codecs that have such a value.
   */
  public boolean inJson() {
    switch (this) {
      case BOOLEAN: case INT: case LONG: case DOUBLE: case STRING: case BIG_DECIMAL: case UUID:
        return true;
      default:
        return false;
    }
  }

  public boolean isNumber() {
    switch (this) {
      case BYTE: case SHORT: case INT: case LONG: case FLOAT: case DOUBLE: case BIG_DECIMAL: case BIG_INTEGER:
        return true;
      default:
        return false;
    }
  }

  public boolean isFloatingPoint() {
    return this == FLOAT || this == DOUBLE;
  }

  public boolean isIntegral() {
    return this == BYTE || this == SHORT || this == INT || this == LONG;
  }
}
