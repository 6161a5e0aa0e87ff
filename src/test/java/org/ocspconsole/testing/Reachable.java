package org.ocspconsole.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The text an object holds on to: every string, char array and byte array reachable from it through
 * the fields of the console's own classes and through collections, maps and optionals. Classes of
 * the JDK and of libraries are not looked into (a TLS context is not ours to read), so this answers
 * "does any object of ours keep this secret?".
 */
public final class Reachable {
  private static final String OURS = "org.ocspconsole.";

  private Reachable() {}

  /** Every string, char array and byte array reachable from {@code root}, as text. */
  public static List<String> texts(Object root) {
    List<String> texts = new ArrayList<>();
    for (Object found : objects(root)) {
      if (found instanceof String text) {
        texts.add(text);
      } else if (found instanceof char[] chars) {
        texts.add(new String(chars));
      } else if (found instanceof byte[] bytes) {
        texts.add(new String(bytes, StandardCharsets.ISO_8859_1));
      }
    }
    return texts;
  }

  /** The strings alone (no arrays): what cannot be wiped. */
  public static List<String> strings(Object root) {
    return objects(root).stream().filter(String.class::isInstance).map(String.class::cast).toList();
  }

  /** The char arrays alone. */
  public static List<char[]> charArrays(Object root) {
    return objects(root).stream().filter(char[].class::isInstance).map(char[].class::cast).toList();
  }

  /** Every object reachable from {@code root} that this walk looks at, each once. */
  public static List<Object> objects(Object root) {
    List<Object> found = new ArrayList<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Object next = pending.pop();
      if (next == null || !seen.add(next)) {
        continue;
      }
      found.add(next);
      if (next instanceof Object[] array) {
        for (Object item : array) {
          pushIfPresent(pending, item);
        }
      } else if (next instanceof Map<?, ?> map) {
        map.forEach(
            (key, value) -> {
              pushIfPresent(pending, key);
              pushIfPresent(pending, value);
            });
      } else if (next instanceof Collection<?> collection) {
        collection.forEach(item -> pushIfPresent(pending, item));
      } else if (next instanceof Optional<?> optional) {
        optional.ifPresent(pending::push);
      } else if (next.getClass().getName().startsWith(OURS)) {
        for (Class<?> type = next.getClass();
            type != null && type.getName().startsWith(OURS);
            type = type.getSuperclass()) {
          for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
              continue;
            }
            pushIfPresent(pending, read(field, next));
          }
        }
      }
    }
    return found;
  }

  private static void pushIfPresent(Deque<Object> pending, Object value) {
    if (value != null) {
      pending.push(value);
    }
  }

  private static Object read(Field field, Object owner) {
    try {
      field.setAccessible(true);
      return field.get(owner);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
