/**
 * Events that are not HTTP requests: SQS, EventBridge (and scheduled rules), S3, DynamoDB Streams,
 * SNS and API Gateway WebSocket. {@link dev.lift.runtime.events.EventRuntime} recognises the kind
 * of an invocation's event ({@link dev.lift.runtime.events.EventClassifier}), decodes it ({@link
 * dev.lift.runtime.events.EventDecoder}) into the records handlers receive ({@link
 * dev.lift.runtime.events.SqsMessage} and the others), runs the generated {@link
 * dev.lift.runtime.events.EventDispatcher} once per message or record, and writes the response
 * Lambda expects (batch item failures, the WebSocket response). HTTP events go on to {@link
 * dev.lift.runtime.LiftRuntime}.
 */
package dev.lift.runtime.events;
