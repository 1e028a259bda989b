package dev.sagelint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a library user can see of the core (README, "Use it as a library") names no type of
 * {@code dev.sagelint.core.internal}: those may change in any release, so a public signature that
 * exposed one would make every such change a breaking one. Checked by reflection over every public
 * or protected member of every public class outside the internal package, generic arguments and
 * bounds included.
 */
class PublicApiTest {
  private static final String INTERNAL = "dev.sagelint.core.internal";

  @Test
  void publicSignaturesNameNoInternalType() throws Exception {
    List<Class<?>> api = apiClasses();
    assertTrue(api.size() > 50, "found only " + api.size() + " public classes");
    Set<String> leaks = new TreeSet<>();
    for (Class<?> c : api) {
      String owner = c.getName();
      check(leaks, owner + " extends", c.getGenericSuperclass());
      for (Type t : c.getGenericInterfaces()) {
        check(leaks, owner + " implements", t);
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f.getModifiers())) {
          check(leaks, owner + "." + f.getName(), f.getGenericType());
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic()) {
          check(leaks, owner + "." + m.getName() + "()", m.getGenericReturnType());
          checkSignature(leaks, owner + "." + m.getName() + "()", m);
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (visible(k.getModifiers()) && !k.isSynthetic()) {
          checkSignature(leaks, owner + ".<init>", k);
        }
      }
    }
    assertEquals(Set.of(), leaks);
  }

  @Test
  void theCheckSeesALeak() {
    // The check itself, on a signature that does leak: an internal type as a generic argument.
    Set<String> leaks = new TreeSet<>();
    check(leaks, "example", new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {dev.sagelint.core.internal.InternalErrors.class};
      }

      @Override
      public Type getRawType() {
        return List.class;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }
    });
    assertEquals(Set.of("example: dev.sagelint.core.internal.InternalErrors"), leaks);
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void checkSignature(Set<String> leaks, String where, Executable e) {
    for (Type t : e.getGenericParameterTypes()) {
      check(leaks, where, t);
    }
    for (Type t : e.getGenericExceptionTypes()) {
      check(leaks, where, t);
    }
    for (TypeVariable<?> v : e.getTypeParameters()) {
      check(leaks, where, v);
    }
  }

  private static void check(Set<String> leaks, String where, Type type) {
    collect(type, new HashSet<>()).stream()
        .filter(c -> c.getName().startsWith(INTERNAL + "."))
        .forEach(c -> leaks.add(where + ": " + c.getName()));
  }

  /** Every class a type mentions: raw types, arguments, bounds, array components. */
  private static Set<Class<?>> collect(Type type, Set<Type> seen) {
    Set<Class<?>> out = new HashSet<>();
    if (type == null || !seen.add(type)) {
      return out;
    }
    if (type instanceof Class<?> c) {
      out.add(c.isArray() ? c.getComponentType() : c);
    } else if (type instanceof ParameterizedType p) {
      out.addAll(collect(p.getRawType(), seen));
      out.addAll(collect(p.getOwnerType(), seen));
      for (Type a : p.getActualTypeArguments()) {
        out.addAll(collect(a, seen));
      }
    } else if (type instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        out.addAll(collect(b, seen));
      }
      for (Type b : w.getLowerBounds()) {
        out.addAll(collect(b, seen));
      }
    } else if (type instanceof GenericArrayType g) {
      out.addAll(collect(g.getGenericComponentType(), seen));
    } else if (type instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        out.addAll(collect(b, seen));
      }
    }
    return out;
  }

  /** The public classes (nested ones only inside public classes) of the core outside internal. */
  private static List<Class<?>> apiClasses() throws Exception {
    Path classes = Path.of(Linter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes.resolve("dev/sagelint/core"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(p).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.startsWith(INTERNAL + ".") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, PublicApiTest.class.getClassLoader());
        if (reachable(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static boolean reachable(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
        return false;
      }
    }
    return true;
  }
}
