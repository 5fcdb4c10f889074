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
}
