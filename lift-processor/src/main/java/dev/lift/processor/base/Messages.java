package dev.lift.processor.base;

/**
 * Every diagnostic the processor reports, in one place. Each says what is wrong and what to do.
 * Tests match on these texts; change them here and in the tests together.
 */
public final class Messages {
  private Messages() {}

  public static final String METHODS = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS or ANY";

  public static String malformedRoute(String route, String problem) {
    return "Route \"" + route + "\" is malformed: " + problem
        + ". Write it as \"METHOD /path\", for example \"GET /users/{id}\".";
  }

  public static String unknownMethod(String route, String method) {
    return "Unknown HTTP method '" + method + "' in route \"" + route + "\". Use " + METHODS + ".";
  }

  public static String greedyNotLast(String route, String variable) {
    return "Greedy variable {" + variable + "+} must be the last segment of route \"" + route + "\".";
  }

  public static String duplicateVariable(String route, String variable) {
    return "Route \"" + route + "\" names the variable {" + variable
        + "} twice. Give each path variable its own name.";
  }

  public static String duplicateRoute(String route, String first, String second) {
    return "Route " + route + " is declared twice: " + first + " and " + second
        + ". Remove one or change its path.";
  }

  public static String overlappingRoutes(String route, String owner, String other, String otherOwner) {
    return "Routes " + route + " (" + owner + ") and " + other + " (" + otherOwner
        + ") match the same requests: their paths differ only in variable names."
        + " Merge them or make one path distinct.";
  }

  public static String unboundPathVariable(String route, String variable, String method) {
    return "Path variable {" + variable + "} of route \"" + route + "\" is not bound by any parameter of "
        + method + ". Add a parameter annotated @PathParam(\"" + variable + "\").";
  }

  public static String unknownPathVariable(String name, String route, String variables) {
    return "@PathParam(\"" + name + "\") names no variable of route \"" + route + "\""
        + (variables.isEmpty() ? ", which has none." : "; its variables are " + variables + ".");
  }

  public static String unconvertibleType(String parameter, String type, String source) {
    return "Parameter '" + parameter + "' of type " + type + " cannot be bound from a " + source
        + ". Use String, a primitive or its box, UUID, an enum, or Optional<T> or List<T> of those.";
  }

  public static String cookieList(String parameter) {
    return "Parameter '" + parameter + "' binds a cookie to a List: a cookie binds to one value."
        + " Use String, a converted type or Optional<T>.";
  }

  public static String pathParamContainer(String parameter) {
    return "Path parameter '" + parameter + "' cannot be Optional or a List: a path variable is always present"
        + " and holds one value.";
  }

  public static String unboundParameter(String parameter, String type) {
    return "Parameter '" + parameter + "' of type " + type + " is not bound. Annotate it with @PathParam,"
        + " @QueryParam, @HeaderParam, @CookieParam or @Body, or declare it as Request or Context.";
  }

  public static String severalBindings(String parameter) {
    return "Parameter '" + parameter + "' has more than one binding annotation. Keep one.";
  }

  public static String twoBodies(String method) {
    return method + " has more than one @Body parameter. A request has one body.";
  }

  public static String routeNotPublic(String method) {
    return "Route method " + method + " must be public: the generated handler calls it directly.";
  }

  public static String routeAbstract(String method) {
    return "Route method " + method + " is abstract. Route methods need a body; annotate the implementation.";
  }

  public static String handlerNotConstructible(String handler, String reason) {
    return "Handler class " + handler + " cannot be constructed by the generated code: " + reason + ".";
  }

  public static String wiringOutsideApplications(String type, String packageName) {
    return type + " has @PreWarm, @BeforeCheckpoint or @AfterRestore methods but no @LiftApplication covers"
        + " package '" + packageName + "', so no init runs them. Move it under an application's package.";
  }

  public static String noApplication(String handler, String packageName) {
    return handler + " has @Route methods but no @LiftApplication covers package '" + packageName
        + "'. Annotate a class in that package or a parent package with @LiftApplication.";
  }

  public static String twoApplications(String packageName, String first, String second) {
    return "Package '" + packageName + "' has two @LiftApplication classes: " + first + " and " + second
        + ". Keep one per package; put the other application in its own package.";
  }

  public static String invalidHandlerName(String name) {
    return "handlerName \"" + name + "\" is not a valid Java class name.";
  }

  public static String rawResponse(String method) {
    return method + " returns a raw Response. Declare the body type: Response<User>, Response<String>,"
        + " Response<byte[]> or Response<Void>.";
  }

  public static String typeNotVisible(String method, String type, String entryClass) {
    return method + " uses " + type + ", which the generated " + entryClass + " cannot refer to."
        + " Make the type public, or at least not private and in the package of " + entryClass + ".";
  }

  public static String noJsonCodec(String type) {
    return "Body type " + type + " needs a JSON codec, and none is on the classpath."
        + " Add the dependency dev.lift:lift-json-databind.";
  }

  public static String typeVariable(String method, String type) {
    return method + " reads or writes a body of type " + type + ", which involves a type variable:"
        + " the generated code needs the concrete type. Declare it instead.";
  }

  public static String missingType(String element, String type) {
    return "Could not resolve the type " + type + " used by " + element
        + ": it does not exist, or it is generated and never appeared. Check its name and imports.";
  }

  public static String entryClassNotWritten(String entryClass, String reason) {
    return "Could not write the entry class " + entryClass + ": " + reason + ". If a class of that name"
        + " exists already, rename it or name the entry class with @LiftApplication(handlerName = \"...\").";
  }

  public static String unexpected(String what, Throwable t) {
    return "Lift processor failed on " + what + ": " + t
        + ". This is a bug in Lift; please report it with this message.";
  }

  public static String notMiddleware(String type) {
    return type + " is named in @Middleware but does not implement dev.lift.runtime.middleware.Middleware.";
  }

  public static String boundNotMiddleware(String annotation, String type) {
    return "@" + annotation + " applies " + type + " (@MiddlewareBinding), which does not implement"
        + " dev.lift.runtime.middleware.Middleware.";
  }

  public static String bindingMemberUnsupported(String annotation, String member, String type) {
    return "@" + annotation + "." + member + "() is of type " + type + ", which Lift cannot pass to its middleware:"
        + " use primitives, String, Class, enums or arrays of them in a @MiddlewareBinding annotation.";
  }

  public static String exchangeValueMethod(String type, String method) {
    return type + " is marked @ExchangeValue but has no public static method " + method + "(Exchange) returning "
        + type + ". Add it, or name the method with @ExchangeValue(method = \"...\").";
  }

  public static String middlewareNotConstructible(String type, String reason) {
    return "Middleware " + type + " cannot be created by the generated code: " + reason + ".";
  }

  public static String middlewareTwice(String type, String scope) {
    return type + " is applied twice in the same " + scope + " scope. Name it once.";
  }

  public static String middlewareInSeveralScopes(String type, String route) {
    return type + " is applied in more than one scope of route " + route + ", so it runs twice for it."
        + " Apply it in one scope if that is not intended.";
  }

  public static String middlewareOrder(String inner, String outer, String route) {
    return inner + " must run after " + outer + " (@RunsAfter on " + inner + "), but route " + route
        + " applies it before. Declare " + outer + " first, or in an outer scope.";
  }

  public static String recoverSignature(String method) {
    return "@Recover method " + method + " must take exactly one parameter, an exception type,"
        + " and return dev.lift.runtime.error.LiftError.";
  }

  public static String recoverThrows(String method) {
    return "@Recover method " + method + " declares a checked exception. Recovery runs while an error is"
        + " being answered: catch it inside the method, or throw an unchecked exception.";
  }

  public static String middlewareOutsideScope(String site) {
    return "@Middleware on " + site + " applies nowhere: put it on the @LiftApplication class, a class with"
        + " @Route methods, or a @Route method.";
  }

  public static String recoverNotPublic(String method) {
    return "@Recover method " + method + " must be public: the generated handler calls it directly.";
  }

  public static String recoverOwnerNotConstructible(String method, String owner) {
    return "@Recover method " + method + " is not static, so the generated handler must create " + owner
        + ", which needs to be public with a public constructor without parameters. Make the method static"
        + " or the class constructible.";
  }

  public static String recoverDuplicate(String exception, String first, String second) {
    return "Exception " + exception + " is recovered twice in one scope: " + first + " and " + second
        + ". Keep one.";
  }

  public static String recoverAmbiguous(String first, String firstType, String second, String secondType) {
    return "@Recover methods " + first + " (" + firstType + ") and " + second + " (" + secondType
        + ") are ambiguous: an exception can be both, and neither type is more specific."
        + " Recover a common subtype, or keep one.";
  }

  public static String recoverOutsideScope(String method) {
    return "@Recover method " + method + " is in a class that is neither a @LiftApplication nor a class"
        + " with @Route methods, so it applies nowhere. Move it.";
  }

  public static String missingResource(String key, String requiredBy) {
    return requiredBy + " needs a " + key + ", and no @PreWarm method provides one. Add a @PreWarm method"
        + " returning " + key + " in the application's packages.";
  }

  public static String ambiguousResource(String key, String requiredBy, String candidates) {
    return requiredBy + " needs a " + key + ", and several @PreWarm methods provide one: " + candidates
        + ". Name them with @Named and ask for one with @Named on the parameter.";
  }

  public static String dependencyCycle(String cycle) {
    return "@PreWarm resources depend on each other in a cycle: " + cycle + ". Break the cycle.";
  }

  public static String wiringNotPublic(String method) {
    return method + " must be public (and its class public): the generated init calls it directly.";
  }

  public static String wiringOwnerNotConstructible(String method, String owner, String reason) {
    return method + " is not static, so the generated init must create " + owner + ", but " + reason
        + ". Make the method static or the class constructible.";
  }

  public static String hookReturnsValue(String method) {
    return "@BeforeCheckpoint and @AfterRestore methods return nothing: " + method + " returns a value.";
  }

  // JSON bodies: generated codecs, their fallback to jackson-databind, and constraints.

  public static String jsonFallback(String type, String reason) {
    return "Body type " + type + " falls back to jackson-databind: " + reason + ". Its JSON is read by"
        + " reflection, which costs cold start, and its constraints are not checked. Change the type so that"
        + " Lift can generate its codec.";
  }

  public static String jsonNeedsDatabind(String type, String reason) {
    return "Body type " + type + " needs jackson-databind, which is not on the classpath: " + reason
        + ". Change the type so that Lift can generate its codec, or add the dependency dev.lift:lift-json-databind.";
  }

  /** Completes a fallback message: {@code field 'tags' of com.example.User has type ...: why}. */
  public static String jsonPropertyType(String where, String type, String why) {
    return where + " has type " + type + (why.isEmpty() ? "" : ": " + why);
  }

  public static String jsonUnsupportedType(String type) {
    return type + " is not a type generated codecs read or write";
  }

  public static String jsonMapKeys(String type) {
    return "the keys of " + type + " must be String";
  }

  public static String jsonUnresolvedType(String type) {
    return type + " is a type variable or a wildcard; declare the concrete type";
  }

  public static String jsonCharArray() {
    return "char[] is not supported; use String";
  }

  public static String jsonGenericArray(String type) {
    return "the elements of " + type + " have a generic type; use a List";
  }

  public static String jsonAbstract(String type) {
    return type + " is an interface or an abstract class, so a generated codec cannot create it";
  }

  public static String jsonGeneric(String type) {
    return type + " is generic; declare a type without type parameters";
  }

  public static String jsonInnerClass(String type) {
    return type + " is an inner class, which needs an enclosing instance; make it static";
  }

  public static String jsonNotAccessible(String type, String packageName) {
    return type + " is private, or not visible from package '" + packageName + "' where its codec would live";
  }

  public static String jsonJacksonAnnotation(String where, String annotation) {
    return where + " uses @" + annotation + ", which generated codecs do not follow";
  }

  public static String jsonNoConstructor(String type) {
    return type + " has no constructor whose parameters all have getters (generated codecs do not call"
        + " setters); make it a record or add such a constructor";
  }

  public static String jsonSeveralConstructors(String type) {
    return type + " has several constructors whose parameters all have getters; mark the one to use with"
        + " @JsonCreator";
  }

  public static String jsonCreatorWithoutGetter(String type, String parameter) {
    return "the @JsonCreator constructor of " + type + " takes '" + parameter + "', which no getter returns";
  }

  public static String jsonPublicField(String type, String field) {
    return type + " has the public field '" + field + "', which jackson-databind would read and write;"
        + " generated codecs use constructors and getters only";
  }

  public static String jsonDuplicateName(String type, String name) {
    return type + " has two properties named '" + name + "' in JSON";
  }

  public static String codecNotWritten(String codec, String reason) {
    return "Could not write the JSON codec " + codec + ": " + reason + ". If a class of that name exists already,"
        + " rename it.";
  }

  public static String constraintNotApplicable(String constraint, String where, String type, String appliesTo) {
    return constraint + " on " + where + " does not apply to " + type + ": it applies to " + appliesTo
        + ". Remove it or change the type.";
  }

  public static String invalidPattern(String constraint, String where, String regexp, String problem) {
    return constraint + " on " + where + " has regexp \"" + regexp + "\", which is not a valid regular"
        + " expression: " + problem + ".";
  }

  public static String invalidSize(String where, long min, long max) {
    return "@Size(min = " + min + ", max = " + max + ") on " + where + " can never be met: min must be at"
        + " least 0 and at most max.";
  }

  public static String invalidDecimalBound(String constraint, String where, String value) {
    return constraint + " on " + where + " has the value \"" + value + "\", which is not a decimal number.";
  }

  public static String constraintNotChecked(String constraint, String where, String why) {
    return constraint + " on " + where + " is not checked: " + why + ". Check it in the route method, or remove it.";
  }

  // ---- @DynamoItem table schemas ----

  public static String dynamoNotARecord(String type) {
    return "@DynamoItem " + type + " is not a record. Declare it as a record: its generated table schema reads"
        + " the components and builds items with the canonical constructor.";
  }

  public static String dynamoNotAccessible(String type) {
    return "@DynamoItem " + type + " is private (or inside a private class): its generated table schema, beside it"
        + " in the package, cannot use it. Make it package-private or public.";
  }

  public static String dynamoUnsupportedType(String type, String component, String componentType) {
    return "Component '" + component + "' of @DynamoItem " + type + " has type " + componentType
        + ", which the generated table schema cannot map. Use String, int, long, double, boolean (or their boxes),"
        + " BigDecimal, Instant, an enum, List<String>, Set<String> or Map<String, String>.";
  }

  public static String dynamoTwoKeys(String type, String component) {
    return "Component '" + component + "' of @DynamoItem " + type + " is both @PartitionKey and @SortKey. Keep one.";
  }

  public static String dynamoKeyType(String type, String component, String componentType) {
    return "Key component '" + component + "' of @DynamoItem " + type + " has type " + componentType
        + ": DynamoDB keys are strings or numbers.";
  }

  public static String dynamoEmptyAttributeName(String type, String component) {
    return "@AttributeName of component '" + component + "' of @DynamoItem " + type + " is empty. Name the attribute.";
  }

  public static String dynamoPartitionKeyCount(String type, int count) {
    return "@DynamoItem " + type + " has " + (count == 0 ? "no @PartitionKey component" : count + " @PartitionKey components")
        + ": mark exactly one.";
  }

  public static String dynamoSortKeyCount(String type, int count) {
    return "@DynamoItem " + type + " has " + count + " @SortKey components: mark at most one.";
  }

  public static String dynamoDuplicateAttribute(String type, String attribute) {
    return "@DynamoItem " + type + " maps two components to the attribute '" + attribute
        + "'. Rename one with @AttributeName.";
  }

  public static String dynamoMissingType(String type) {
    return "A component type of @DynamoItem " + type + " does not resolve: it does not exist, or it is generated"
        + " and never appeared. Check its name and imports.";
  }

  public static String dynamoNotWritten(String schema, String reason) {
    return "Could not write " + schema + ": " + reason + ".";
  }

  // ---------------------------------------------------------------- event handlers

  public static final String EVENT_ANNOTATIONS = "@Route, @Sqs, @EventBridge, @Schedule, @S3, @DynamoDbStream, @Sns or @WebSocket";

  public static String noApplicationForEvents(String type, String packageName) {
    return type + " has event handlers but no @LiftApplication covers package '" + packageName
        + "'. Annotate a class in that package or a parent package with @LiftApplication.";
  }

  public static String severalEventBindings(String method) {
    return method + " has more than one of " + EVENT_ANNOTATIONS + ". Bind each method to one kind of event.";
  }

  public static String emptyEventKey(String annotation, String what) {
    return "@" + annotation + " has an empty " + what + ", which matches nothing. Name the " + what + ".";
  }

  public static String malformedArn(String annotation, String arn, String form) {
    return "@" + annotation + "(\"" + arn + "\") is not a valid ARN: expected " + form + ".";
  }

  public static String invalidEventKey(String annotation, String value, String what, String rule) {
    return "@" + annotation + " " + what + " \"" + value + "\" cannot match anything: " + rule + ".";
  }

  public static String invalidS3EventName(String name) {
    return "@S3 event name \"" + name + "\" cannot match any S3 event: write it as S3 names them, for example"
        + " \"ObjectCreated:Put\" or \"ObjectCreated:*\".";
  }

  public static String invalidWebSocketRouteKey(String key) {
    return "@WebSocket(\"" + key + "\") cannot match any route: keys starting with $ are $connect, $disconnect and"
        + " $default; custom keys do not start with $.";
  }

  public static String duplicateEventBinding(String binding, String first, String second) {
    return binding + " is bound twice: " + first + " and " + second + ". Remove one or bind it to something else.";
  }

  public static String eventParameterNotBindable(String parameter, String type, String annotation, String eventType,
      boolean body) {
    return "Parameter '" + parameter + "' of type " + type + " cannot be bound in an @" + annotation + " handler."
        + " Declare it as " + eventType + (body ? ", a @Body (String or a JSON type)" : "")
        + ", Context or EventExchange.";
  }

  public static String eventHasNoBody(String parameter, String annotation, String eventType) {
    return "@" + annotation + " events have no body to bind to '" + parameter + "'. Declare it as " + eventType
        + " and read what you need from it.";
  }

  public static String eventBodyNotDecodable(String parameter, String type) {
    return "@Body parameter '" + parameter + "' of type " + type + " cannot be decoded from an event, whose bodies"
        + " are text. Use String or a type read as JSON.";
  }

  public static String eventHandlerReturnsValue(String method, String annotation, String type) {
    return "@" + annotation + " handler " + method + " returns " + type + ", which nobody receives. Return void"
        + " (only @WebSocket handlers answer).";
  }

  public static String eventHandlerNotPublic(String method) {
    return "Event handler " + method + " must be public and not abstract: the generated handler calls it directly.";
  }

  public static String notEventMiddleware(String type, String method) {
    return type + " is applied to event handler " + method + " but does not implement"
        + " dev.lift.runtime.events.EventMiddleware. Implement it, or apply it to routes only.";
  }
}
