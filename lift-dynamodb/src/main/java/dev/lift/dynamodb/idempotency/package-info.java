/**
 * The {@code Idempotency-Key} header on chosen routes, with records in DynamoDB: a retried request
 * gets the first one's response instead of running twice.
 *
 * <p>The table: partition key {@code pk} (string), TTL on {@code expires_at}.
 */
package dev.lift.dynamodb.idempotency;
