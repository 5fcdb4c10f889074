package dev.lift.runtime.http;

import java.util.List;
import java.util.Map;

/**
 * A response ready for the wire: the body already encoded as text or base64. Generated dispatchers
 * produce it through {@link Responses}; the event encoder writes it in the request's shape.
 *
 * @param headers by name as given, in order, never containing {@code Set-Cookie}
 * @param cookies {@code Set-Cookie} values
 * @param body text, base64 text when {@code base64} is true, or {@code null} for no body
 */
public record WireResponse(
    int status,
    Map<String, List<String>> headers,
    List<String> cookies,
    String body,
    boolean base64) {}
