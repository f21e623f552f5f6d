package io.mlmeta.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Calls every public constructor and method of the public classes given with {@code null} for each reference
 * parameter in turn, non-null samples for the others, and reports each call that does not fail at once with a
 * {@link NullPointerException} or {@link IllegalArgumentException} whose message names the parameter. Parameter names
 * come from the class files (the build compiles with {@code -parameters}).
 *
 * <p>Samples (for parameters and for the receivers of instance methods) are registered by type; a parameter of an
 * interface or abstract type takes the first sample registered that is one; a nested {@code Builder} without one
 * takes its enclosing type's {@code builder()}, an SDK type with a public constructor
 * without arguments a new instance. Members where null is documented as allowed are listed with
 * {@link #allow}, each with its reason. The builder methods that Immutables generates are held to the same rule: the
 * encodings of sdk-codegen make their list, map and {@code Optional} methods check each argument. A message names
 * the parameter when it holds its name, whatever the case ({@code "connectTimeout"} for parameter {@code timeout}).
 */
public final class NullArguments {
  private final Map<Class<?>, Supplier<?>> samples = new LinkedHashMap<>();
  private final Map<String, String> allowed = new LinkedHashMap<>();
  private final Set<String> allowedUsed = new HashSet<>();
  private final List<Class<?>> extraReceivers = new ArrayList<>();
  private int calls;

  /** Registers {@code supplier} as the sample of {@code type}; called anew for each use. */
  public <T> NullArguments sample(Class<T> type, Supplier<? extends T> supplier) {
    samples.put(type, supplier);
    return this;
  }

  /** Documents that {@code member}, e.g. {@code "ConnectionConfig.Builder.token(token)"}, takes null, and why. */
  public NullArguments allow(String member, String why) {
    allowed.put(member, why);
    return this;
  }

  /**
   * Also checks the public instance methods of {@code type} (a test class, say an entity implementing every mixin)
   * on its sample: methods that public abstract types declare and only such a class can run.
   */
  public NullArguments alsoThrough(Class<?> type) {
    extraReceivers.add(type);
    return this;
  }

  /** The public classes (nested ones included) in exactly {@code packages}, from the classes {@code anchor} is in. */
  public static List<Class<?>> publicClasses(Class<?> anchor, String... packages) {
    Set<String> wanted = Set.of(packages);
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(root::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
          .filter(n -> !n.endsWith("package-info") && !n.endsWith("module-info"))
          .filter(n -> wanted.contains(n.substring(0, n.lastIndexOf('.'))))
          .map(n -> load(n, anchor.getClassLoader()))
          .filter(NullArguments::isPublicApi)
          .sorted(Comparator.comparing(Class::getName))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many calls with a null argument {@link #problems} made, so that a test can tell it checked something. */
  public int calls() {
    return calls;
  }

  /** What is wrong, one line per member and parameter; empty when every call fails as it should. */
  public List<String> problems(Collection<Class<?>> classes) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Class<?>> receivers = new ArrayList<>(classes);
    receivers.addAll(extraReceivers);
    for (Class<?> type : receivers) {
      boolean api = classes.contains(type);
      if (api && !Modifier.isAbstract(type.getModifiers()) && !Throwable.class.isAssignableFrom(type)) {
        for (Constructor<?> constructor : type.getConstructors()) {
          checkAll(constructor, null, problems);
        }
      }
      if (api) {
        for (Method method : type.getDeclaredMethods()) {
          if (Modifier.isStatic(method.getModifiers()) && Modifier.isPublic(method.getModifiers())
              && !method.isSynthetic() && hasReferenceParameter(method)) {
            checkAll(method, null, problems);
          }
        }
      }
      if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
        continue;
      }
      List<Method> methods = Arrays.stream(type.getMethods())
          .filter(m -> !Modifier.isStatic(m.getModifiers()) && hasReferenceParameter(m))
          .filter(m -> m.getDeclaringClass().getName().startsWith("io.mlmeta."))
          .filter(m -> !(m.getName().equals("equals") && m.getParameterCount() == 1))
          .filter(m -> seen.add(m.getDeclaringClass().getName() + "." + m.getName()
              + Arrays.toString(m.getParameterTypes())))
          .sorted(Comparator.comparing(Method::toGenericString))
          .collect(Collectors.toList());
      if (methods.isEmpty()) {
        continue;
      }
      if (sampleSupplier(type) == null) {
        problems.add(type.getName() + ": no sample instance to call " + methods.size() + " methods on, e.g. "
            + methods.get(0).getName() + "; register one");
        continue;
      }
      for (Method method : methods) {
        checkAll(method, type, problems);
      }
    }
    for (String member : allowed.keySet()) {
      if (!allowedUsed.contains(member)) {
        problems.add(member + ": allowed to take null, but no such member and parameter was checked");
      }
    }
    return problems;
  }

  private void checkAll(Executable member, Class<?> receiverType, List<String> problems) {
    Parameter[] parameters = member.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive()) {
        continue;
      }
      if (!parameters[i].isNamePresent()) {
        problems.add(describe(member, receiverType) + ": no parameter names in the class file (compile with "
            + "-parameters)");
        return;
      }
      String problem = check(member, receiverType, i);
      if (problem != null) {
        problems.add(problem);
      }
    }
  }

  private String check(Executable member, Class<?> receiverType, int nullAt) {
    Parameter[] parameters = member.getParameters();
    String name = parameters[nullAt].getName();
    String id = describe(member, receiverType) + "(" + name + ")";
    boolean allowedNull = allowed.containsKey(id);
    if (allowedNull) {
      allowedUsed.add(id);
    }
    Object[] args = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      if (i == nullAt) {
        continue;
      }
      Object sample = sampleOf(parameters[i].getType());
      if (sample == null && !parameters[i].getType().isPrimitive()) {
        return id + ": no sample of " + parameters[i].getType().getName() + " for parameter "
            + parameters[i].getName() + "; register one";
      }
      args[i] = sample;
    }
    Throwable thrown;
    calls++;
    try {
      if (member instanceof Constructor) {
        ((Constructor<?>) member).newInstance(args);
      } else {
        Object receiver = receiverType == null ? null : sampleSupplier(receiverType).get();
        ((Method) member).invoke(receiver, args);
      }
      thrown = null;
    } catch (InvocationTargetException e) {
      thrown = e.getCause();
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return id + ": could not be called: " + e;
    }
    if (allowedNull) {
      return thrown == null ? null : id + ": documented to take null but threw " + thrown;
    }
    if (thrown == null) {
      return id + ": took null without a word";
    }
    if ((thrown instanceof NullPointerException || thrown instanceof IllegalArgumentException)
        && names(thrown.getMessage(), name)) {
      return null;
    }
    return id + ": threw " + thrown;
  }

  /**
   * Whether {@code message} names parameter {@code name}: holds it, whatever the case. A JVM's own message
   * ({@code Cannot invoke "..." because "x" is null}) does not count, even when it quotes the parameter: Java 11, the
   * SDK's floor, gives no such message, so a method must check its argument itself.
   */
  private static boolean names(String message, String name) {
    if (message == null) {
      return false;
    }
    if (JVM_MESSAGE.matcher(message).find()) {
      return false;
    }
    return message.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
  }

  private static final java.util.regex.Pattern JVM_MESSAGE = java.util.regex.Pattern.compile(
      "because \"[^\"]*\" is null");

  private static String describe(Executable member, Class<?> receiverType) {
    Class<?> owner = receiverType != null && member instanceof Method ? ((Method) member).getDeclaringClass()
        : member.getDeclaringClass();
    String name = member instanceof Constructor ? "new" : member.getName();
    return simpleName(owner) + "." + name;
  }

  private static String simpleName(Class<?> type) {
    return type.getEnclosingClass() == null ? type.getSimpleName()
        : simpleName(type.getEnclosingClass()) + "." + type.getSimpleName();
  }

  private Supplier<?> sampleSupplier(Class<?> type) {
    Supplier<?> exact = samples.get(type);
    if (exact != null) {
      return exact;
    }
    if (type.getName().startsWith("io.mlmeta.") && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
      try {
        Constructor<?> noArgs = type.getConstructor();
        return () -> {
          try {
            return noArgs.newInstance();
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        };
      } catch (NoSuchMethodException e) {
        // no public constructor without arguments; look for a factory
      }
    }
    Method factory = factory(type);
    if (factory != null) {
      return () -> {
        try {
          return factory.invoke(null);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      };
    }
    for (Map.Entry<Class<?>, Supplier<?>> e : samples.entrySet()) {
      if (type.isAssignableFrom(e.getKey()) && (type.isInterface() || Modifier.isAbstract(type.getModifiers()))) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * A public static no-argument factory of {@code type}: {@code builder()} of the enclosing class for a nested
   * {@code Builder}, or {@code builder()}, {@code empty()}, {@code defaults()}, {@code none()} of the type itself.
   */
  private static Method factory(Class<?> type) {
    List<Method> candidates = new ArrayList<>();
    if (type.getEnclosingClass() != null && type.getSimpleName().equals("Builder")) {
      candidates.addAll(Arrays.asList(type.getEnclosingClass().getMethods()));
    }
    candidates.addAll(Arrays.asList(type.getMethods()));
    for (Method m : candidates) {
      boolean named = m.getName().equals("builder") || m.getName().equals("empty") || m.getName().equals("defaults")
          || m.getName().equals("none");
      if (named && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
          && type.isAssignableFrom(m.getReturnType())) {
        return m;
      }
    }
    return null;
  }

  private Object sampleOf(Class<?> type) {
    Supplier<?> registered = sampleSupplier(type);
    if (registered != null) {
      return registered.get();
    }
    if (type.isPrimitive()) {
      return primitive(type);
    }
    if (type == String.class || type == CharSequence.class || type == Object.class) {
      return "x";
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    if (type == List.class || type == Collection.class || type == Iterable.class) {
      return List.of();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == Class.class) {
      return Object.class;
    }
    if (type.isInterface() && type.getName().startsWith("java.")) {
      return functional(type);
    }
    return null;
  }

  private static Object primitive(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return 'x';
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == double.class) {
      return 1.0;
    }
    if (type == float.class) {
      return 1.0f;
    }
    if (type == byte.class) {
      return (byte) 1;
    }
    if (type == short.class) {
      return (short) 1;
    }
    return 1;
  }

  /** A JDK functional interface that gives back its first argument, or nothing. */
  private static Object functional(Class<?> type) {
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.getName().equals("equals") ? proxy == args[0]
            : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : "sample " + type.getName();
      }
      Class<?> returns = method.getReturnType();
      if (returns.isPrimitive()) {
        return returns == void.class ? null : primitive(returns);
      }
      return args != null && args.length > 0 && args[0] != null && returns.isInstance(args[0]) ? args[0] : null;
    });
  }

  private static boolean hasReferenceParameter(Executable member) {
    return Arrays.stream(member.getParameterTypes()).anyMatch(t -> !t.isPrimitive());
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isSynthetic() || c.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
