package dev.lift.runtime.resources;

/**
 * Makes, checks and disposes of the objects a {@link ResourcePool} lends out: connections,
 * clients, buffers.
 *
 * <pre>{@code
 * ResourceFactory<Connection> factory = ResourceFactory.of(
 *     () -> DriverManager.getConnection(url),
 *     connection -> connection.isValid(1),
 *     Connection::close);
 * }</pre>
 */
public interface ResourceFactory<T> {
  /** Creates a new object. A failure fails the borrow (or {@code prewarm()}) that asked for it. */
  T create() throws Exception;

  /**
   * Whether an idle object can still be used; called before lending one out when the pool
   * validates on borrow. An object found invalid (or whose validation throws) is destroyed and
   * another one is tried. Every object is valid unless overridden.
   */
  default boolean validate(T object) throws Exception {
    return true;
  }

  /** Releases what the object holds. A failure here is ignored: the object is gone either way. */
  default void destroy(T object) throws Exception {}

  /** Creates objects, nothing more: never invalid, nothing to release. */
  static <T> ResourceFactory<T> of(Creator<T> create) {
    return create::create;
  }

  /** A factory from three functions. */
  static <T> ResourceFactory<T> of(Creator<T> create, Validator<T> validate, Destroyer<T> destroy) {
    return new ResourceFactory<>() {
      @Override
      public T create() throws Exception {
        return create.create();
      }

      @Override
      public boolean validate(T object) throws Exception {
        return validate.validate(object);
      }

      @Override
      public void destroy(T object) throws Exception {
        destroy.destroy(object);
      }
    };
  }

  /** {@link ResourceFactory#create()} as a lambda. */
  @FunctionalInterface
  interface Creator<T> {
    T create() throws Exception;
  }

  /** {@link ResourceFactory#validate(Object)} as a lambda. */
  @FunctionalInterface
  interface Validator<T> {
    boolean validate(T object) throws Exception;
  }

  /** {@link ResourceFactory#destroy(Object)} as a lambda. */
  @FunctionalInterface
  interface Destroyer<T> {
    void destroy(T object) throws Exception;
  }
}
