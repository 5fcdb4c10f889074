package dev.lift.dynamodb;

import dev.lift.runtime.health.HealthCheck;
import dev.lift.runtime.health.HealthStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * {@link HealthCheck}s that DynamoDB answers within a timeout, for {@code HealthRegistry}:
 *
 * <pre>{@code
 * registry.register("dynamodb", DynamoHealthChecks.table(dynamo, "orders", Duration.ofMillis(800)));
 * }</pre>
 *
 * The timeout bounds the SDK call, retries included; give the registry's {@code CheckOptions} a
 * slightly longer one.
 */
public final class DynamoHealthChecks {
  private DynamoHealthChecks() {}

  /**
   * UP when {@code DescribeTable} answers within {@code timeout} and the table is ACTIVE; DEGRADED
   * while it is being updated; DOWN when it is missing, being deleted, or DynamoDB does not answer.
   * Needs {@code dynamodb:DescribeTable} on the table.
   */
  public static HealthCheck table(DynamoDbClient client, String tableName, Duration timeout) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(tableName, "tableName");
    Duration bounded = positive(timeout);
    return () -> {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("table", tableName);
      long start = System.nanoTime();
      try {
        TableDescription table = client.describeTable(DescribeTableRequest.builder()
            .tableName(tableName)
            .overrideConfiguration(o -> o.apiCallTimeout(bounded))
            .build()).table();
        details.put("status", table.tableStatusAsString());
        details.put("latency_ms", (System.nanoTime() - start) / 1_000_000);
        TableStatus status = table.tableStatus();
        if (status == TableStatus.ACTIVE) {
          return HealthStatus.up(details);
        }
        if (status == TableStatus.UPDATING) {
          return HealthStatus.degraded(details);
        }
        return HealthStatus.down(details);
      } catch (ResourceNotFoundException e) {
        details.put("error", "table '" + tableName + "' does not exist");
        return HealthStatus.down(details);
      } catch (SdkException e) {
        details.put("error", e.getMessage());
        return HealthStatus.down(details);
      }
    };
  }

  /**
   * UP when {@code ListTables} (one name) answers within {@code timeout}, DOWN otherwise: for
   * endpoints where no one table stands for the service. Needs {@code dynamodb:ListTables}.
   */
  public static HealthCheck reachable(DynamoDbClient client, Duration timeout) {
    Objects.requireNonNull(client, "client");
    Duration bounded = positive(timeout);
    return () -> {
      Map<String, Object> details = new LinkedHashMap<>();
      long start = System.nanoTime();
      try {
        client.listTables(ListTablesRequest.builder()
            .limit(1)
            .overrideConfiguration(o -> o.apiCallTimeout(bounded))
            .build());
        details.put("latency_ms", (System.nanoTime() - start) / 1_000_000);
        return HealthStatus.up(details);
      } catch (SdkException e) {
        details.put("error", e.getMessage());
        return HealthStatus.down(details);
      }
    };
  }

  private static Duration positive(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("A health check timeout must be positive, not " + timeout);
    }
    return timeout;
  }
}
