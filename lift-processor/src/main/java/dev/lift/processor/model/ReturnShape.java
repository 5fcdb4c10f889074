package dev.lift.processor.model;

/**
 * What a route method returns: a bare body, a {@code Response<T>}, or nothing.
 *
 * @param wrapped whether the method returns {@code Response<T>}
 * @param body the body's form and type ({@link BodyType.Form#EMPTY} for void and Response<Void>)
 */
public record ReturnShape(boolean wrapped, BodyType body) {}
