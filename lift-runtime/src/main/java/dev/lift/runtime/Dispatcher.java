package dev.lift.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;

/**
 * Implemented by the generated entry class of an application: matches the request against the
 * compiled route table, binds parameters, calls the route method and encodes its result.
 * Errors are thrown ({@link dev.lift.runtime.error.LiftError} for client errors); the runtime
 * turns them into the standard error body.
 */
public interface Dispatcher {
  WireResponse dispatch(Request request, Context context) throws Exception;
}
