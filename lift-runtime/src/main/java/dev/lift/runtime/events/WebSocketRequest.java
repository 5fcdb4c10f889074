package dev.lift.runtime.events;

/**
 * One API Gateway WebSocket event.
 *
 * @param eventType {@code CONNECT}, {@code DISCONNECT} or {@code MESSAGE}
 * @param body the message body as text, or {@code null}
 */
public record WebSocketRequest(
    String routeKey,
    String connectionId,
    String eventType,
    String messageId,
    String requestId,
    String domainName,
    String stage,
    String apiId,
    String body) {}
