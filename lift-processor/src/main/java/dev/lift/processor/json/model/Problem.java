package dev.lift.processor.json.model;

/**
 * Why a type cannot have a generated codec.
 *
 * @param reason a phrase that completes "Body type X falls back to jackson-databind: ..."
 */
public record Problem(String reason) {}
