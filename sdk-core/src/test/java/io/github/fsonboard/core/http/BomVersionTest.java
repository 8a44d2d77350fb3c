package io.github.fsonboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The BOM has no parent on purpose, so its version and its third-party versions must be kept in
 * step with the parent by hand: check them.
 */
class BomVersionTest {

  @Test
  void bomVersionMatchesParentVersion() throws Exception {
    Path module = Path.of("").toAbsolutePath(); // surefire runs in the module directory
    Path bom = module.resolve("../sdk-bom/pom.xml").normalize();
    Path parent = module.resolve("../pom.xml").normalize();
    assertThat(bom).exists();
    assertThat(parent).exists();

    String parentVersion = projectVersion(parent);
    assertThat(parentVersion).isNotBlank();
    assertThat(projectVersion(bom)).isEqualTo(parentVersion);
    // and the BOM pins sdk-core at that version
    assertThat(Files.readString(bom)).contains("<artifactId>sdk-core</artifactId>");
  }

  /** Consumers get their third-party versions from the BOM; they must be the ones we test with. */
  @Test
  void bomThirdPartyVersionsMatchTheParents() throws Exception {
    Path module = Path.of("").toAbsolutePath();
    Map<String, String> bom = properties(module.resolve("../sdk-bom/pom.xml").normalize());
    Map<String, String> parent = properties(module.resolve("../pom.xml").normalize());
    assertThat(bom).containsKeys("okhttp.version", "okio.version", "kotlin.version");
    bom.forEach(
        (name, version) -> assertThat(parent).as("parent's %s", name).containsEntry(name, version));
  }

  private static Map<String, String> properties(Path pom) throws Exception {
    Map<String, String> result = new TreeMap<>();
    for (Node n = root(pom).getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals("properties")) {
        for (Node p = e.getFirstChild(); p != null; p = p.getNextSibling()) {
          if (p instanceof Element property) {
            result.put(property.getTagName(), property.getTextContent().trim());
          }
        }
      }
    }
    return result;
  }

  private static Element root(Path pom) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
  }

  private static String projectVersion(Path pom) throws Exception {
    for (Node n = root(pom).getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals("version")) {
        return e.getTextContent().trim();
      }
    }
    throw new AssertionError("no <version> in " + pom);
  }
}
