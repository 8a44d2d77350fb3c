package io.github.fsonboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The BOM has no parent on purpose, so its version must be kept in step by hand: check it. */
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

  private static String projectVersion(Path pom) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals("version")) {
        return e.getTextContent().trim();
      }
    }
    throw new AssertionError("no <version> in " + pom);
  }
}
