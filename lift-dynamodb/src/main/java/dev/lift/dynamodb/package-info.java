/**
 * DynamoDB for Lift applications, on the AWS SDK v2 with the URL connection HTTP client.
 *
 * <ul>
 *   <li>{@link dev.lift.dynamodb.DynamoClients}: the client, created once at init ({@code @PreWarm});
 *       {@code LIFT_DYNAMODB_ENDPOINT} points it at a local server such as dynalite.
 *   <li>{@link dev.lift.dynamodb.ratelimit}: distributed rate limiting, fixed and sliding windows.
 *   <li>{@link dev.lift.dynamodb.idempotency}: the {@code Idempotency-Key} header.
 *   <li>{@link dev.lift.dynamodb.tenant}: repositories that keep each tenant's items apart.
 *   <li>{@link dev.lift.dynamodb.DynamoHealthChecks}: reachability within a timeout, for {@code /health}.
 * </ul>
 *
 * <p>Request attributes shared with authentication middleware (lift-jwt's {@code JwtMiddleware}
 * sets them; any other may): {@value dev.lift.dynamodb.ExchangeAttributes#USER} and {@value
 * dev.lift.dynamodb.ExchangeAttributes#TENANT}, plain strings.
 */
package dev.lift.dynamodb;
