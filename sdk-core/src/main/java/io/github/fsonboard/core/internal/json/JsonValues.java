package io.github.fsonboard.core.internal.json;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads untyped JSON: the SDK's one way (HTTP bodies through {@code MoshiFactory}, JWT claims). */
public final class JsonValues {
  private JsonValues() {}

  /**
   * Reads the next JSON value as maps, lists, strings, booleans, nulls and numbers under {@link
   * JsonNumbers}. A member name repeated in an object fails, unless {@code lastMemberWins}: then it
   * keeps its last value, the reading RFC 7519 §4 allows for JWT claims.
   *
   * @param reader the reader, positioned at a value
   * @param lastMemberWins whether a repeated member name is read as its last value
   * @return the value
   * @throws IOException when the JSON is malformed
   */
  public static Object read(JsonReader reader, boolean lastMemberWins) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> members = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (members.containsKey(name) && !lastMemberWins) {
            throw new JsonDataException("Duplicate member " + name + " at " + reader.getPath());
          }
          members.put(name, read(reader, lastMemberWins));
        }
        reader.endObject();
        return members;
      }
      case BEGIN_ARRAY -> {
        List<Object> items = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          items.add(read(reader, lastMemberWins));
        }
        reader.endArray();
        return items;
      }
      case NUMBER -> {
        return JsonNumbers.parse(reader.nextString());
      }
      case STRING -> {
        return reader.nextString();
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        return reader.nextNull();
      }
      default -> throw new JsonDataException("Expected a value at " + reader.getPath());
    }
  }
}
