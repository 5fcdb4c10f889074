/**
 * JSON bodies: the {@link dev.lift.runtime.json.JsonCodec} seam, {@link dev.lift.runtime.json.Json}
 * (reading a whole body, writing one value), and the support the processor's generated codecs call
 * (the {@code read*} and {@code write*} helpers of
 * {@link dev.lift.runtime.json.Json} for the common scalars and of
 * {@link dev.lift.runtime.json.JsonScalars} for the others, {@link dev.lift.runtime.json.BodyErrors},
 * {@link dev.lift.runtime.json.Violations}, {@link dev.lift.runtime.json.Constraints}).
 *
 * <p>Each generated codec implements {@link dev.lift.runtime.json.JsonCodec} itself, with no base
 * class (one class fewer to load on the first request): its {@code read} reads the value and, only
 * when the type has constraints, checks them; records, classes and enums that a codec holds are
 * read and written by helper methods of that codec, so their own codec classes load only where
 * they are a whole body (or, for {@code @Valid}, where they have constraints to check).
 *
 * <h2>How generated codecs read and write</h2>
 *
 * <ul>
 *   <li><b>Absent fields and nulls.</b> An absent field and a JSON {@code null} read the same: as
 *       {@code null} for objects, boxes, strings and collections, as {@code Optional.empty()} for
 *       {@code Optional}; a primitive ({@code int}, {@code boolean}, ...) has no null, so a body
 *       without it, or with {@code null} for it, answers 400 (as jackson-databind does with
 *       lift-json-databind's settings). {@code @JsonProperty(required = true)} makes any field
 *       required in the same way. Null elements of lists and values of maps stay null. Writing
 *       writes every property, {@code null} as JSON {@code null} and an empty {@code Optional} as
 *       {@code null}, as databind does by default.
 *   <li><b>Unknown fields</b> are skipped, whatever they hold (within the parser's limits).
 *   <li><b>Duplicate fields are refused</b>: a field of a record, or a key of a {@code Map}, that
 *       appears twice in one object answers 400 ({@code expected each field at most once}) rather
 *       than letting the last win, so that no two readers of a body can disagree on its value.
 *       Duplicates among unknown fields are skipped with them.
 *   <li><b>Strict scalars</b>: no coercion between JSON kinds (see {@link dev.lift.runtime.json.Json});
 *       {@code java.time} values as ISO-8601 strings, {@code byte[]} as base64, UUIDs in their
 *       36-character form, enums by exact name or {@code @JsonProperty}.
 *   <li><b>Errors</b> answer 400 {@code BAD_REQUEST} with {@code details} {@code {path, expected}};
 *       constraint violations answer 400 {@code VALIDATION_FAILED} with {@code details} listing
 *       each {@code {path, message}}. Paths are JSON paths in the names the JSON uses.
 * </ul>
 */
package dev.lift.runtime.json;
