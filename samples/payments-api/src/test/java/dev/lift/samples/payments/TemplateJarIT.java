package dev.lift.samples.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.dynamodb.DynamoTables;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;

/**
 * template.yaml against the code and the built jar (runs after {@code package}, see the pom): the
 * handler class is in the jar and the jar runs on its own; each table the code uses is declared
 * with the key schema and TTL attribute the code expects and passed to the function; the policies
 * grant item access on exactly those tables.
 */
class TemplateJarIT {
  private static final Path JAR = Path.of(System.getProperty("payments.jar", "target/payments-api.jar"));
  private static Map<String, Object> resources;
  private static Map<String, Object> function;

  @BeforeAll
  static void read() throws Exception {
    Map<String, Object> template = CloudFormationYaml.read(Path.of("template.yaml"));
    assertEquals("AWS::Serverless-2016-10-31", template.get("Transform"));
    resources = map(template, "Resources");
    function = map(map(resources, "PaymentsApiFunction"), "Properties");
  }

  @Test
  void handlerIsTheGeneratedEntryClassInTheJar() throws Exception {
    String handler = (String) function.get("Handler");
    assertTrue(handler.endsWith("::handleRequest"), handler);
    String className = handler.substring(0, handler.indexOf("::"));
    assertEquals(LiftPaymentsApi.class.getName(), className);
    assertEquals("target/payments-api.jar", function.get("CodeUri"));
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertNotNull(jar.getEntry(className.replace('.', '/') + ".class"), "the handler class in " + JAR);
      assertNotNull(jar.getEntry("software/amazon/awssdk/services/dynamodb/DynamoDbClient.class"), "the SDK is shaded in");
      assertNotNull(jar.getEntry("com/nimbusds/jose/JWSAlgorithm.class"), "nimbus is shaded in");
    }
  }

  @Test
  void functionIsJavaWithSnapStartOnPublishedVersions() {
    Object runtime = function.containsKey("Runtime")
        ? function.get("Runtime")
        : map(map(template(), "Globals"), "Function").get("Runtime");
    assertTrue(Set.of("java17", "java21").contains(runtime), "runtime " + runtime);
    assertEquals("PublishedVersions", map(function, "SnapStart").get("ApplyOn"));
    assertNotNull(function.get("AutoPublishAlias"), "SnapStart needs published versions");
    assertTrue(((Number) function.get("MemorySize")).intValue() >= 512);
    assertTrue(((Number) function.get("Timeout")).intValue() <= 29, "under API Gateway's 29 s integration timeout");
    Map<String, Object> api = map(map(map(function, "Events"), "HttpApi"), "Properties");
    assertEquals("/{proxy+}", api.get("Path"));
    assertEquals("HttpApi", map(map(function, "Events"), "HttpApi").get("Type"));
    assertEquals("AWS::Serverless::HttpApi", map(resources, "PaymentsHttpApi").get("Type"));
  }

  @Test
  void everyTableTheCodeUsesIsDeclaredWithItsKeysAndPassedToTheFunction() {
    Map<String, Object> variables = map(map(function, "Environment"), "Variables");
    Map<String, List<String>> expectedKeys = new LinkedHashMap<>();
    expectedKeys.put("PAYMENTS_ACCOUNTS_TABLE", keys(Account.SCHEMA.tableMetadata()));
    expectedKeys.put("PAYMENTS_PAYMENTS_TABLE", keys(Payment_TableSchema.SCHEMA.tableMetadata()));
    Map<String, TableMetadata> schemas = Map.of(
        "PAYMENTS_ACCOUNTS_TABLE", Account.SCHEMA.tableMetadata(),
        "PAYMENTS_PAYMENTS_TABLE", Payment_TableSchema.SCHEMA.tableMetadata());
    expectedKeys.put("PAYMENTS_RATE_LIMIT_TABLE", List.of(DynamoTables.PARTITION_KEY));
    expectedKeys.put("PAYMENTS_IDEMPOTENCY_TABLE", List.of(DynamoTables.PARTITION_KEY));

    for (Map.Entry<String, List<String>> expected : expectedKeys.entrySet()) {
      String logicalId = ref(variables.get(expected.getKey()), expected.getKey());
      Map<String, Object> table = map(resources, logicalId);
      assertEquals("AWS::DynamoDB::Table", table.get("Type"), logicalId);
      Map<String, Object> properties = map(table, "Properties");
      assertEquals(expected.getValue(), declaredKeys(properties), "key schema of " + logicalId);
      for (Object definition : list(properties, "AttributeDefinitions")) {
        Map<?, ?> attribute = (Map<?, ?>) definition;
        String name = (String) attribute.get("AttributeName");
        TableMetadata schema = schemas.get(expected.getKey());
        String type = schema == null
            ? "S" // lift-dynamodb's rate-limit and idempotency tables: string pk
            : schema.scalarAttributeType(name).orElseThrow().toString();
        assertEquals(type, attribute.get("AttributeType"), logicalId + ": type of key " + name);
      }
      boolean expiring = expected.getKey().equals("PAYMENTS_RATE_LIMIT_TABLE")
          || expected.getKey().equals("PAYMENTS_IDEMPOTENCY_TABLE");
      if (expiring) {
        Map<String, Object> ttl = map(properties, "TimeToLiveSpecification");
        assertEquals(DynamoTables.TTL_ATTRIBUTE, ttl.get("AttributeName"), logicalId);
        assertEquals(Boolean.TRUE, ttl.get("Enabled"), logicalId);
      }
    }
    Set<String> declared = new TreeSet<>();
    resources.forEach((id, resource) -> {
      if ("AWS::DynamoDB::Table".equals(((Map<?, ?>) resource).get("Type"))) {
        declared.add(id);
      }
    });
    assertEquals(Set.of("AccountsTable", "PaymentsTable", "RateLimitTable", "IdempotencyTable"), declared);
  }

  @Test
  void policiesGrantItemCallsOnTheSampleTablesOnly() {
    Set<String> tables = Set.of("AccountsTable", "PaymentsTable", "RateLimitTable", "IdempotencyTable");
    Set<String> granted = new TreeSet<>();
    for (Object policy : (List<?>) function.get("Policies")) {
      for (Object statement : list(asMap(policy), "Statement")) {
        Map<String, Object> rule = asMap(statement);
        assertEquals("Allow", rule.get("Effect"));
        for (Object action : (List<?>) rule.get("Action")) {
          String name = (String) action;
          assertTrue(name.startsWith("dynamodb:") && !name.contains("*"), "a named DynamoDB action: " + name);
          assertFalse(Set.of("dynamodb:Scan", "dynamodb:DeleteTable", "dynamodb:CreateTable").contains(name), name);
        }
        for (Object resource : (List<?>) rule.get("Resource")) {
          List<?> getAtt = (List<?>) asMap(resource).get("Fn::GetAtt");
          assertNotNull(getAtt, "a table ARN, not " + resource);
          assertTrue(tables.contains(getAtt.get(0)) && "Arn".equals(getAtt.get(1)), "resource " + resource);
          granted.add((String) getAtt.get(0));
        }
      }
    }
    assertEquals(new TreeSet<>(tables), granted, "every table the code uses is granted");
  }

  @Test
  void theJarRunsOnItsOwnWithNoAwsAccount() throws Exception {
    Path event = Path.of("events/health.json");
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar", JAR.toString(), "invoke", event.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "invoke ended");
    assertEquals(0, process.exitValue(), out);
    // The access-log and metrics lines come first, on standard output as in Lambda; the response last.
    List<String> lines = out.strip().lines().toList();
    JsonNode response = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertEquals(200, response.path("statusCode").asInt(), out);
    assertTrue(response.path("body").asText().contains("\"UP\""), out);
  }

  private static Map<String, Object> template() {
    try {
      return CloudFormationYaml.read(Path.of("template.yaml"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> keys(TableMetadata metadata) {
    List<String> keys = new ArrayList<>();
    keys.add(metadata.primaryPartitionKey());
    metadata.primarySortKey().ifPresent(keys::add);
    return keys;
  }

  /** The key schema as [HASH, RANGE?] attribute names. */
  private static List<String> declaredKeys(Map<String, Object> properties) {
    List<String> keys = new ArrayList<>();
    String range = null;
    for (Object element : list(properties, "KeySchema")) {
      Map<?, ?> key = (Map<?, ?>) element;
      if ("HASH".equals(key.get("KeyType"))) {
        keys.add(0, (String) key.get("AttributeName"));
      } else {
        range = (String) key.get("AttributeName");
      }
    }
    if (range != null) {
      keys.add(range);
    }
    return keys;
  }

  private static String ref(Object value, String what) {
    assertTrue(value instanceof Map && ((Map<?, ?>) value).containsKey("Ref"), what + " is a !Ref to a table: " + value);
    return (String) ((Map<?, ?>) value).get("Ref");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    assertTrue(value instanceof Map, "a mapping: " + value);
    return (Map<String, Object>) value;
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    assertTrue(parent.containsKey(key), "no " + key + " in " + parent.keySet());
    return asMap(parent.get(key));
  }

  private static List<?> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertTrue(value instanceof List, key + " is a list: " + value);
    return (List<?>) value;
  }
}
