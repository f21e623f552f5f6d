package io.mlmeta.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An ordered list of layers, lowest first, and the ArchUnit rules that keep code to it: every class of the SDK is in
 * exactly one layer, no class imports a class of a higher layer, and the packages import each other in no cycle.
 * A layer is a set of whole packages.
 */
public final class Layers {
  private static final Pattern INTERNAL = Pattern.compile("(^|\\.)internal(\\.|$)");

  private final String root;
  private final List<Layer> bottomUp = new ArrayList<>();

  private Layers(String root) {
    this.root = root;
  }

  /** Layers of the classes under package {@code root}, to be added lowest first. */
  public static Layers under(String root) {
    return new Layers(root);
  }

  /** Adds the next higher layer, made of whole packages. */
  public Layers layer(String name, String... packages) {
    Set<String> names = Set.of(packages);
    bottomUp.add(new Layer(name, c -> names.contains(c.getPackageName())));
    return this;
  }

  /** Adds the next higher layer, made of the classes that {@code classes} picks (each in its package's slice). */
  public Layers layer(String name, Predicate<JavaClass> classes) {
    bottomUp.add(new Layer(name, classes));
    return this;
  }

  /** Every class under the root is in exactly one layer: a new package must be given its place in the list. */
  public ArchRule everyClassInOneLayer() {
    return classes().that().resideInAPackage(root + "..").should(new ArchCondition<JavaClass>(
        "be in exactly one of the layers " + names()) {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> in = bottomUp.stream().filter(l -> l.members.test(c)).map(l -> l.name)
            .collect(Collectors.toList());
        if (in.size() != 1) {
          events.add(SimpleConditionEvent.violated(c, c.getName() + " is in the layers " + in));
        }
      }
    });
  }

  /** No class depends on a class of a higher layer. */
  public ArchRule noUpwardDependencies() {
    return classes().that().resideInAPackage(root + "..").should(new ArchCondition<JavaClass>(
        "depend on no class of a higher layer (lowest first: " + names() + ")") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        int from = index(c);
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          int to = index(target);
          if (from >= 0 && to > from) {
            events.add(SimpleConditionEvent.violated(d, "upward: " + d.getDescription() + " (layer '"
                + bottomUp.get(from).name + "' -> '" + bottomUp.get(to).name + "')"));
          }
        }
      }
    });
  }

  /** The packages under the root import each other in no cycle. */
  public ArchRule noCycles() {
    return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        if (!c.getPackageName().equals(root) && !c.getPackageName().startsWith(root + ".")) {
          return SliceIdentifier.ignore();
        }
        return SliceIdentifier.of(c.getPackageName());
      }

      @Override
      public String getDescription() {
        return "packages under " + root;
      }
    }).should().beFreeOfCycles();
  }

  /**
   * No public or protected member of a public class outside the {@code internal} packages has an internal type in
   * its signature (parameters, result, exceptions, field type, type arguments), nor extends or implements one;
   * {@code known} lists the existing exceptions by {@link JavaMember#getFullName()} or class name.
   */
  public ArchRule noInternalTypesInPublicSignatures(Set<String> known) {
    return classes().that().resideInAPackage(root + "..").should(new ArchCondition<JavaClass>(
        "expose no internal type in a public signature") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        if (isInternal(c) || !effectivelyPublic(c)) {
          return;
        }
        Set<JavaType> supertypes = new LinkedHashSet<>(c.getInterfaces());
        c.getSuperclass().ifPresent(supertypes::add);
        report(c.getName(), c.getName() + " extends or implements", supertypes, known, c, events);
        for (JavaMember m : c.getMembers()) {
          Set<JavaModifier> mods = m.getModifiers();
          if (!(mods.contains(JavaModifier.PUBLIC) || mods.contains(JavaModifier.PROTECTED))
              || mods.contains(JavaModifier.SYNTHETIC) || mods.contains(JavaModifier.BRIDGE)) {
            continue;
          }
          Set<JavaType> types = new LinkedHashSet<>();
          if (m instanceof JavaField) {
            types.add(((JavaField) m).getType());
          } else if (m instanceof JavaCodeUnit) {
            JavaCodeUnit u = (JavaCodeUnit) m;
            types.add(u.getReturnType());
            types.addAll(u.getParameterTypes());
            u.getThrowsClause().getTypes().forEach(types::add);
          }
          report(m.getFullName(), m.getFullName(), types, known, c, events);
        }
      }
    });
  }

  private static void report(String key, String what, Set<JavaType> types, Set<String> known, JavaClass owner,
      ConditionEvents events) {
    if (known.contains(key)) {
      return;
    }
    for (JavaType t : types) {
      for (JavaClass raw : t.getAllInvolvedRawTypes()) {
        if (isInternal(raw)) {
          events.add(SimpleConditionEvent.violated(owner, what + " exposes the internal type " + raw.getName()));
        }
      }
    }
  }

  private static boolean isInternal(JavaClass c) {
    return INTERNAL.matcher(c.getPackageName()).find();
  }

  private static boolean effectivelyPublic(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private int index(JavaClass type) {
    JavaClass c = type.getBaseComponentType();
    for (int i = 0; i < bottomUp.size(); i++) {
      if (bottomUp.get(i).members.test(c)) {
        return i;
      }
    }
    return -1;
  }

  private List<String> names() {
    return bottomUp.stream().map(l -> l.name).collect(Collectors.toList());
  }

  private static final class Layer {
    final String name;
    final DescribedPredicate<JavaClass> members;

    Layer(String name, Predicate<JavaClass> members) {
      this.name = name;
      this.members = DescribedPredicate.describe(name, members);
    }
  }
}
