package io.mlmeta.compat;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * What the SDK's bytecode references of its libraries (Jackson, OkHttp, Okio, Kotlin, SLF4J), and which of it a
 * class loader over one pin set's jars lacks: classes (any dependency: supertypes, signatures, casts, annotations),
 * methods and constructors (name, parameter types and return type, as the JVM links them, looked up through the
 * class hierarchy), fields, and annotation members and enum constants. The nested classes of {@code JacksonCompat}
 * named {@code Since*} are left out: they hold the calls of newer Jackson versions and run only after a version
 * check.
 */
final class LibraryReferences {
  static final List<String> LIBRARIES = List.of("com.fasterxml.jackson.", "okhttp3.", "okio.", "kotlin.", "org.slf4j.");
  static final String GUARDED = "io.mlmeta.internal.JacksonCompat$Since";

  private LibraryReferences() {}

  /** The SDK's main classes, from the jars (or class folders) of sdk-core and sdk-mlmodel. */
  static JavaClasses sdkClasses() {
    List<Location> locations = new ArrayList<>();
    for (Path location : PinSets.sdk()) {
      try {
        locations.add(Files.isDirectory(location) ? Location.of(location)
            : Location.of(new JarFile(location.toFile())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ClassFileImporter().importLocations(locations);
  }

  static boolean isLibrary(String className) {
    return LIBRARIES.stream().anyMatch(className::startsWith);
  }

  static boolean isGuarded(JavaClass c) {
    return c.getName().startsWith(GUARDED);
  }

  /** Everything {@code sdk} references of the libraries that {@code loader} cannot find, one line each. */
  static Set<String> missing(JavaClasses sdk, ClassLoader loader) {
    Set<String> missing = new TreeSet<>();
    for (JavaClass c : sdk) {
      if (isGuarded(c)) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String target = d.getTargetClass().getBaseComponentType().getName();
        if (isLibrary(target) && load(target, loader) == null) {
          missing.add("class " + target + " (" + c.getName() + ")");
        }
      }
      for (JavaAccess<?> access : c.getAccessesFromSelf()) {
        String owner = access.getTargetOwner().getName();
        if (isLibrary(owner)) {
          String problem = member(access.getTarget(), loader);
          if (problem != null) {
            missing.add(problem + " (" + c.getName() + ")");
          }
        }
      }
      annotations(c, loader, missing);
    }
    return missing;
  }

  private static String member(AccessTarget target, ClassLoader loader) {
    String ownerName = target.getOwner().getName();
    Class<?> owner = load(ownerName, loader);
    if (owner == null) {
      return "class " + ownerName;
    }
    try {
      if (target instanceof AccessTarget.FieldAccessTarget) {
        String type = ((AccessTarget.FieldAccessTarget) target).getRawType().getName();
        boolean found = hierarchy(owner).stream().flatMap(t -> Arrays.stream(t.getDeclaredFields()))
            .anyMatch(f -> f.getName().equals(target.getName()) && f.getType().getName().equals(type));
        return found ? null : "field " + ownerName + "." + target.getName() + ": " + type;
      }
      AccessTarget.CodeUnitAccessTarget code = (AccessTarget.CodeUnitAccessTarget) target;
      List<String> parameters = code.getRawParameterTypes().stream().map(JavaClass::getName)
          .collect(Collectors.toList());
      String signature = ownerName + "." + target.getName() + parameters;
      if (target.getName().equals("<init>")) {
        boolean found = Arrays.stream(owner.getDeclaredConstructors())
            .anyMatch(k -> names(k.getParameterTypes()).equals(parameters));
        return found ? null : "constructor " + signature;
      }
      String returns = code.getRawReturnType().getName();
      boolean found = hierarchy(owner).stream().flatMap(t -> Arrays.stream(t.getDeclaredMethods()))
          .anyMatch(m -> m.getName().equals(target.getName()) && names(m.getParameterTypes()).equals(parameters)
              && m.getReturnType().getName().equals(returns));
      return found ? null : "method " + signature + ": " + returns;
    } catch (LinkageError e) {
      return "class " + ownerName + " cannot be inspected: " + e;
    }
  }

  private static void annotations(JavaClass c, ClassLoader loader, Set<String> missing) {
    List<JavaAnnotation<?>> all = new ArrayList<>(c.getAnnotations());
    for (JavaMember m : c.getMembers()) {
      all.addAll(m.getAnnotations());
    }
    c.getCodeUnits().forEach(u -> u.getParameters().forEach(p -> all.addAll(p.getAnnotations())));
    for (JavaAnnotation<?> a : all) {
      String typeName = a.getRawType().getName();
      if (!isLibrary(typeName)) {
        continue;
      }
      Class<?> type = load(typeName, loader);
      if (type == null) {
        missing.add("annotation " + typeName + " (" + c.getName() + ")");
        continue;
      }
      for (String property : a.getProperties().keySet()) {
        if (!a.hasExplicitlyDeclaredProperty(property)) {
          continue;
        }
        Method member = Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(property))
            .findFirst().orElse(null);
        if (member == null) {
          missing.add("annotation member " + typeName + "." + property + " (" + c.getName() + ")");
          continue;
        }
        for (Object value : values(a.getProperties().get(property))) {
          if (value instanceof JavaEnumConstant) {
            JavaEnumConstant constant = (JavaEnumConstant) value;
            Class<?> enumType = load(constant.getDeclaringClass().getName(), loader);
            if (enumType == null || Arrays.stream(enumType.getFields()).map(Field::getName)
                .noneMatch(constant.name()::equals)) {
              missing.add("enum constant " + constant.getDeclaringClass().getName() + "." + constant.name()
                  + " (" + c.getName() + ")");
            }
          }
        }
      }
    }
  }

  private static List<Object> values(Object value) {
    return value instanceof Object[] ? Arrays.asList((Object[]) value) : List.of(value);
  }

  private static Set<Class<?>> hierarchy(Class<?> type) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty()) {
      Class<?> next = todo.pop();
      if (seen.add(next)) {
        if (next.getSuperclass() != null) {
          todo.add(next.getSuperclass());
        }
        todo.addAll(Arrays.asList(next.getInterfaces()));
      }
    }
    return seen;
  }

  private static List<String> names(Class<?>[] types) {
    return Arrays.stream(types).map(Class::getName).collect(Collectors.toList());
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
