package dev.lift.local;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as the local server received it, before it becomes an event.
 *
 * @param rawPath the path as sent, percent-encoding kept
 * @param rawQuery the query string as sent, without {@code ?}; empty when there is none
 * @param protocol for example {@code HTTP/1.1}
 * @param headers every header line by name as received (any case), values in arrival order
 * @param body the body bytes; empty when there is none
 */
record IncomingRequest(
    String method,
    String rawPath,
    String rawQuery,
    String protocol,
    String sourceIp,
    Map<String, List<String>> headers,
    byte[] body) {}
