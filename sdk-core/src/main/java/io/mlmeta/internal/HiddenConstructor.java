package io.mlmeta.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A package-private constructor made callable from another package of the same jar, for the few places where a
 * public class must be built by SDK code elsewhere (the entity client by {@code DataHubClient}, the entities by
 * their module's {@code EntityKind}) and a public constructor would show internal types or invite direct use.
 * Java has no friend packages; a private lookup within the SDK's own module is the narrowest door.
 *
 * @param <T> the class built
 */
public final class HiddenConstructor<T> {
  private final Class<T> type;
  private final MethodHandle constructor;

  private HiddenConstructor(Class<T> type, MethodHandle constructor) {
    this.type = type;
    this.constructor = constructor;
  }

  /**
   * The constructor of {@code type} taking {@code parameters}; {@code type} must be one of the SDK's own classes.
   *
   * @throws IllegalStateException if there is no such constructor
   */
  public static <T> HiddenConstructor<T> of(Class<T> type, Class<?>... parameters) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      return new HiddenConstructor<>(type, lookup.findConstructor(type, MethodType.methodType(void.class,
          parameters)));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("no usable constructor " + type.getName() + "(" + names(parameters) + ")", e);
    }
  }

  /** A new instance built from {@code arguments}; what the constructor throws is thrown as it is. */
  public T newInstance(Object... arguments) {
    try {
      return type.cast(constructor.invokeWithArguments(arguments));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("constructing " + type.getName() + " failed: " + e, e);
    }
  }

  private static String names(Class<?>[] parameters) {
    StringBuilder out = new StringBuilder();
    for (Class<?> p : parameters) {
      out.append(out.length() == 0 ? "" : ", ").append(p.getSimpleName());
    }
    return out.toString();
  }
}
