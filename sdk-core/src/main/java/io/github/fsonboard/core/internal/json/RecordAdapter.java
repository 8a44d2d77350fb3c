package io.github.fsonboard.core.internal.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * JSON ⇄ Java record, the way Moshi 1.15's own record adapter does it (component names, {@link
 * Json#name()}, qualifier annotations, unknown members skipped, a repeated member's last value
 * wins, a missing primitive refused, {@code null} members omitted on writing) but without its
 * per-call cost: Moshi builds the canonical constructor call with {@code
 * MethodHandle.invokeWithArguments}, which creates a spreader handle on every record it decodes
 * (about a tenth of the client-side CPU of a small devportal call). Here the constructor and the
 * accessors are looked up once per record type, and member names are matched through one {@link
 * JsonReader.Options}.
 *
 * <p>One difference on purpose: when the record's constructor refuses the decoded values (a compact
 * constructor that validates), Moshi throws an {@link AssertionError}, an {@code Error} that
 * escapes every {@code RuntimeException} handler; this adapter throws a {@link JsonDataException}
 * naming the record and the JSON path, like any other shape failure.
 *
 * @param <T> the record type
 */
public final class RecordAdapter<T> extends JsonAdapter<T> {
  /**
   * Creates the adapter for record types; {@code null} (Moshi's own handling) for anything else,
   * for annotated uses and for a generic record whose type arguments are not known.
   */
  public static final JsonAdapter.Factory FACTORY = RecordAdapter::create;

  private final Class<T> type;
  private final Constructor<T> constructor;
  private final Component[] components;
  private final JsonReader.Options names;

  private RecordAdapter(Class<T> type, Constructor<T> constructor, Component[] components) {
    this.type = type;
    this.constructor = constructor;
    this.components = components;
    String[] jsonNames = new String[components.length];
    for (int i = 0; i < components.length; i++) {
      jsonNames[i] = components[i].jsonName;
    }
    this.names = JsonReader.Options.of(jsonNames);
  }

  /** One record component: its JSON name, its adapter and its accessor. */
  private record Component(
      String name,
      String jsonName,
      JsonAdapter<Object> adapter,
      Method accessor,
      boolean primitive) {}

  private static JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (!raw.isRecord()) {
      return null;
    }
    Map<TypeVariable<?>, Type> arguments = typeArguments(type, raw);
    if (arguments == null) {
      return null; // a raw generic record: leave it to Moshi
    }
    RecordComponent[] declared = raw.getRecordComponents();
    Component[] components = new Component[declared.length];
    Class<?>[] parameterTypes = new Class<?>[declared.length];
    Set<String> jsonNames = new LinkedHashSet<>();
    for (int i = 0; i < declared.length; i++) {
      RecordComponent c = declared[i];
      Type componentType = resolve(c.getGenericType(), arguments);
      if (componentType == null) {
        return null; // a type variable this record does not bind: leave it to Moshi
      }
      Method accessor = c.getAccessor();
      if (!accessor.trySetAccessible()) {
        return null;
      }
      String jsonName = jsonName(c);
      if (!jsonNames.add(jsonName)) {
        throw new IllegalArgumentException(
            "Conflicting components of " + raw.getName() + " for JSON name " + jsonName);
      }
      components[i] =
          new Component(
              c.getName(),
              jsonName,
              moshi.adapter(componentType, qualifiers(c)),
              accessor,
              c.getType().isPrimitive());
      parameterTypes[i] = c.getType();
    }
    Constructor<?> constructor;
    try {
      constructor = raw.getDeclaredConstructor(parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new AssertionError("A record always has its canonical constructor", e);
    }
    if (!constructor.trySetAccessible()) {
      return null;
    }
    return of(raw, constructor, components).nullSafe();
  }

  @SuppressWarnings("unchecked")
  private static <R> RecordAdapter<R> of(
      Class<R> type, Constructor<?> constructor, Component[] components) {
    return new RecordAdapter<>(type, (Constructor<R>) constructor, components);
  }

  @Override
  public T fromJson(JsonReader reader) throws IOException {
    Object[] values = new Object[components.length];
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(names);
      if (index == -1) {
        reader.skipName();
        reader.skipValue();
        continue;
      }
      values[index] = components[index].adapter.fromJson(reader);
    }
    reader.endObject();
    for (int i = 0; i < components.length; i++) {
      if (values[i] == null && components[i].primitive) {
        throw missing(components[i], reader);
      }
    }
    try {
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      // Not the cause's message: a validating constructor may quote the server's value.
      throw new JsonDataException(
          "Cannot build "
              + type.getSimpleName()
              + " from the JSON at path "
              + reader.getPath()
              + ": "
              + e.getCause().getClass().getSimpleName());
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw new AssertionError("The canonical constructor of " + type.getName() + " failed", e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, T value) throws IOException {
    writer.beginObject();
    for (Component c : components) {
      writer.name(c.jsonName);
      Object member;
      try {
        member = c.accessor.invoke(value);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new AssertionError(e.getCause());
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
      c.adapter.toJson(writer, member);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + type.getSimpleName() + ")";
  }

  /** Moshi's wording, so a missing primitive reads the same as before. */
  private static JsonDataException missing(Component c, JsonReader reader) {
    String path = reader.getPath();
    return new JsonDataException(
        c.name.equals(c.jsonName)
            ? String.format("Required value '%s' missing at %s", c.name, path)
            : String.format(
                "Required value '%s' (JSON name '%s') missing at %s", c.name, c.jsonName, path));
  }

  private static String jsonName(RecordComponent c) {
    Json json = c.getAnnotation(Json.class);
    if (json == null) {
      json = c.getAccessor().getAnnotation(Json.class);
    }
    return json == null || json.name().equals(Json.UNSET_NAME) ? c.getName() : json.name();
  }

  private static Set<Annotation> qualifiers(RecordComponent c) {
    Set<Annotation> out = new LinkedHashSet<>();
    for (Annotation a : c.getAnnotations()) {
      if (a.annotationType().isAnnotationPresent(JsonQualifier.class)) {
        out.add(a);
      }
    }
    return out;
  }

  /** The record's type variables bound to the arguments of {@code type}; null for a raw use. */
  private static Map<TypeVariable<?>, Type> typeArguments(Type type, Class<?> raw) {
    TypeVariable<?>[] variables = raw.getTypeParameters();
    if (variables.length == 0) {
      return Map.of();
    }
    if (!(type instanceof ParameterizedType p)) {
      return null;
    }
    Type[] actual = p.getActualTypeArguments();
    Map<TypeVariable<?>, Type> out = new HashMap<>();
    for (int i = 0; i < variables.length; i++) {
      out.put(variables[i], actual[i]);
    }
    return out;
  }

  /** A component's declared type with the record's type variables replaced; null if unbound. */
  static Type resolve(Type type, Map<TypeVariable<?>, Type> arguments) {
    if (type instanceof Class<?> || arguments.isEmpty()) {
      return type;
    }
    if (type instanceof TypeVariable<?> v) {
      return arguments.get(v);
    }
    if (type instanceof ParameterizedType p) {
      Type[] args = p.getActualTypeArguments().clone();
      for (int i = 0; i < args.length; i++) {
        args[i] = resolve(args[i], arguments);
        if (args[i] == null) {
          return null;
        }
      }
      Type owner = p.getOwnerType();
      return owner == null
          ? Types.newParameterizedType(p.getRawType(), args)
          : Types.newParameterizedTypeWithOwner(owner, p.getRawType(), args);
    }
    if (type instanceof GenericArrayType a) {
      Type component = resolve(a.getGenericComponentType(), arguments);
      return component == null ? null : Types.arrayOf(component);
    }
    if (type instanceof WildcardType w) {
      if (w.getLowerBounds().length == 1) {
        Type lower = resolve(w.getLowerBounds()[0], arguments);
        return lower == null ? null : Types.supertypeOf(lower);
      }
      Type upper = resolve(w.getUpperBounds()[0], arguments);
      return upper == null ? null : Types.subtypeOf(upper);
    }
    return null;
  }
}
