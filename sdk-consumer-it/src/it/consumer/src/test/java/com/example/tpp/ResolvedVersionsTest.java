package com.example.tpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The consumer resolves exactly the third-party runtime libraries the SDK's own build tested with:
 * both class paths come from {@code dependency:list}, ours in the reactor, this one here.
 */
class ResolvedVersionsTest {

  @Test
  void sameThirdPartyRuntimeVersionsAsTheSdkBuild() throws IOException {
    Map<String, String> ours = thirdParty(Path.of(System.getProperty("ours.file")));
    Map<String, String> consumer = thirdParty(Path.of(System.getProperty("consumer.file")));
    assertFalse(ours.isEmpty(), "our runtime list is empty");

    Set<String> libraries = new TreeSet<>(ours.keySet());
    libraries.addAll(consumer.keySet());
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            "%nResolved runtime versions on Java %s (%s): SDK build vs consumer%n",
            System.getProperty("java.version"), System.getProperty("java.vendor")));
    int differences = 0;
    for (String library : libraries) {
      String mine = ours.getOrDefault(library, "-");
      String theirs = consumer.getOrDefault(library, "-");
      boolean same = mine.equals(theirs);
      differences += same ? 0 : 1;
      table.append(
          String.format(
              "  %-45s %-12s %-12s %s%n", library, mine, theirs, same ? "same" : "DIFFERENT"));
    }
    System.out.print(table);
    assertEquals(0, differences, "runtime versions differ from the SDK build:" + table);
  }

  @Test
  void neitherSpringNorMicrometerComesWithTheSdk() throws IOException {
    // The Spring Boot starter and sdk-micrometer are optional modules (#18): a user of sdk-core,
    // sdk-is and sdk-apim alone must not find either framework on the class path.
    Set<String> frameworks = new TreeSet<>();
    for (String library : thirdParty(Path.of(System.getProperty("consumer.file"))).keySet()) {
      if (library.startsWith("org.springframework") || library.startsWith("io.micrometer")) {
        frameworks.add(library);
      }
    }
    assertEquals(Set.of(), frameworks, "frameworks on a plain SDK user's class path");
  }

  /** groupId:artifactId[:classifier] -> version, our own modules left out. */
  private static Map<String, String> thirdParty(Path listing) throws IOException {
    Map<String, String> result = new TreeMap<>();
    for (String line : Files.readAllLines(listing)) {
      String entry = line.strip();
      int module = entry.indexOf(" -- ");
      if (module >= 0) {
        entry = entry.substring(0, module);
      }
      String[] parts = entry.split(":");
      if (parts.length < 5 || entry.startsWith("io.github.fsonboard:")) {
        continue; // a header line, or one of ours
      }
      String key = parts[0] + ":" + parts[1] + (parts.length == 6 ? ":" + parts[3] : "");
      result.put(key, parts[parts.length - 2]);
    }
    return result;
  }
}
