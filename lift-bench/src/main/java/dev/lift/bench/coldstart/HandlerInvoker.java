package dev.lift.bench.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Calls a handler the way Lambda's Java runtime does: a {@link RequestStreamHandler} gets the
 * event bytes; a {@link RequestHandler} gets them deserialised by the runtime's own serialisation
 * library (aws-lambda-java-serialization, Jackson shaded inside it) into the handler's input type,
 * and its result serialised back. Reflection here stands in for the runtime, not for Lift.
 */
public abstract class HandlerInvoker {
  public abstract void invoke(byte[] event, OutputStream out, Context context) throws IOException;

  public static HandlerInvoker of(Object handler) {
    if (handler instanceof RequestStreamHandler) {
      RequestStreamHandler stream = (RequestStreamHandler) handler;
      return new HandlerInvoker() {
        @Override
        public void invoke(byte[] event, OutputStream out, Context context) throws IOException {
          stream.handleRequest(new ByteArrayInputStream(event), out, context);
        }
      };
    }
    if (handler instanceof RequestHandler) {
      @SuppressWarnings("unchecked")
      RequestHandler<Object, Object> pojo = (RequestHandler<Object, Object>) handler;
      Type[] types = requestHandlerTypes(handler.getClass());
      PojoSerializer<Object> input = JacksonFactory.getInstance().getSerializer(types[0]);
      PojoSerializer<Object> output = JacksonFactory.getInstance().getSerializer(types[1]);
      return new HandlerInvoker() {
        @Override
        public void invoke(byte[] event, OutputStream out, Context context) {
          Object request = input.fromJson(new ByteArrayInputStream(event));
          output.toJson(pojo.handleRequest(request, context), out);
        }
      };
    }
    throw new IllegalArgumentException(handler.getClass().getName() + " is no Lambda handler");
  }

  private static Type[] requestHandlerTypes(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Type t : c.getGenericInterfaces()) {
        if (t instanceof ParameterizedType
            && ((ParameterizedType) t).getRawType() == RequestHandler.class) {
          return ((ParameterizedType) t).getActualTypeArguments();
        }
      }
    }
    throw new IllegalArgumentException(type.getName() + " does not name RequestHandler's types");
  }
}
