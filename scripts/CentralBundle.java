import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a release staging folder (Maven repository layout, as {@code ./mvnw -Prelease deploy}
 * writes it) against what Maven Central's publisher requires, then zips it into the upload bundle.
 *
 * <pre>
 * java scripts/CentralBundle.java STAGING_DIR BUNDLE_ZIP
 * </pre>
 *
 * <p>Checks: exactly the published modules are there; every module's POM (with what it inherits
 * from our parent) has a name, description, URL, licence, SCM and developers; jar modules have the
 * jar, sources, Javadoc and CycloneDX SBOM; every file has a .asc signature that gpg verifies
 * (GNUPGHOME from the environment) and .md5/.sha1 checksums that match; no SNAPSHOT version. Exits
 * 1 listing every problem. Run by scripts/release-check.sh; plain JDK 17, no dependencies.
 */
public final class CentralBundle {
  private static final String GROUP_PATH = "io/github/fsonboard";
  private static final Set<String> PUBLISHED =
      Set.of(
          "fs-onboard-parent",
          "sdk-bom",
          "sdk-core",
          "sdk-is",
          "sdk-apim",
          "sdk-testkit",
          "sdk-micrometer",
          "sdk-spring-boot-starter");

  private final Path staging;
  private final List<String> problems = new ArrayList<>();
  private int signatures;
  private int checksums;

  private CentralBundle(Path staging) {
    this.staging = staging;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: java scripts/CentralBundle.java STAGING_DIR BUNDLE_ZIP");
      System.exit(2);
    }
    CentralBundle check = new CentralBundle(Path.of(args[0]));
    check.run();
    if (!check.problems.isEmpty()) {
      System.err.println("Release bundle check FAILED:");
      check.problems.forEach(p -> System.err.println("  - " + p));
      System.exit(1);
    }
    check.zip(Path.of(args[1]));
    System.out.printf(
        "Release bundle check passed: %d modules, %d signatures verified, %d checksums matched%n"
            + "Bundle for Maven Central's publisher: %s%n",
        PUBLISHED.size(), check.signatures, check.checksums, args[1]);
  }

  private void run() throws Exception {
    Path group = staging.resolve(GROUP_PATH);
    Set<String> found = new TreeSet<>();
    try (Stream<Path> modules = Files.list(group)) {
      modules.filter(Files::isDirectory).forEach(m -> found.add(m.getFileName().toString()));
    }
    if (!found.equals(new TreeSet<>(PUBLISHED))) {
      problems.add("staged modules " + found + " are not exactly the published ones " + PUBLISHED);
    }
    for (String module : found) {
      List<Path> versions;
      try (Stream<Path> s = Files.list(group.resolve(module))) {
        versions = s.filter(Files::isDirectory).toList();
      }
      for (Path versionDir : versions) {
        checkModule(module, versionDir);
      }
    }
  }

  private void checkModule(String module, Path dir) throws Exception {
    String version = dir.getFileName().toString();
    System.out.println("== " + module + " " + version);
    if (version.endsWith("-SNAPSHOT")) {
      problems.add(module + ": SNAPSHOT version " + version + " cannot be released");
    }
    String base = module + "-" + version;
    Path pom = dir.resolve(base + ".pom");
    if (!Files.isRegularFile(pom)) {
      problems.add(module + ": no POM");
      return;
    }
    Element project = parse(pom);
    Element parent = parentPom(project);
    for (String field : List.of("name", "description", "url")) {
      String value = text(project, parent, field);
      report(module, field, value);
    }
    report(module, "licence", nested(project, parent, "licenses", "license", "name"));
    report(module, "licence URL", nested(project, parent, "licenses", "license", "url"));
    report(module, "SCM URL", nested(project, parent, "scm", null, "url"));
    report(module, "SCM connection", nested(project, parent, "scm", null, "connection"));
    report(module, "developer", nested(project, parent, "developers", "developer", "name"));
    String packaging = child(project, "packaging");
    if (packaging == null || packaging.equals("jar")) {
      for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar", "-cyclonedx.json")) {
        if (!Files.isRegularFile(dir.resolve(base + suffix))) {
          problems.add(module + ": missing " + base + suffix);
        }
      }
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".asc")
            || name.endsWith(".md5")
            || name.endsWith(".sha1")
            || name.startsWith("maven-metadata")) {
          continue;
        }
        checkSignature(module, file);
        checkChecksum(module, file, "md5", "MD5");
        checkChecksum(module, file, "sha1", "SHA-1");
        System.out.println("   " + name + ": signed, checksums match");
      }
    }
  }

  private void report(String module, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(module + ": POM has no " + field);
    } else {
      System.out.println("   " + field + ": " + value.strip().replaceAll("\\s+", " "));
    }
  }

  private void checkSignature(String module, Path file) throws Exception {
    Path asc = file.resolveSibling(file.getFileName() + ".asc");
    if (!Files.isRegularFile(asc)) {
      problems.add(module + ": " + file.getFileName() + " is not signed");
      return;
    }
    Process gpg =
        new ProcessBuilder("gpg", "--batch", "--verify", asc.toString(), file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(gpg.getInputStream().readAllBytes());
    if (gpg.waitFor() != 0) {
      problems.add(module + ": bad signature on " + file.getFileName() + ": " + output.strip());
    } else {
      signatures++;
    }
  }

  private void checkChecksum(String module, Path file, String extension, String algorithm)
      throws Exception {
    Path sum = file.resolveSibling(file.getFileName() + "." + extension);
    if (!Files.isRegularFile(sum)) {
      problems.add(module + ": " + file.getFileName() + " has no ." + extension);
      return;
    }
    String expected = Files.readString(sum).strip().split("\\s+")[0];
    String actual =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
    if (!actual.equalsIgnoreCase(expected)) {
      problems.add(module + ": ." + extension + " of " + file.getFileName() + " does not match");
    } else {
      checksums++;
    }
  }

  /** Our parent POM from the staging folder, when the module has one (inherited metadata). */
  private Element parentPom(Element project) throws Exception {
    Element parent = element(project, "parent");
    if (parent == null) {
      return null;
    }
    String artifact = child(parent, "artifactId");
    String version = child(parent, "version");
    Path pom =
        staging.resolve(GROUP_PATH).resolve(artifact).resolve(version)
            .resolve(artifact + "-" + version + ".pom");
    if (!Files.isRegularFile(pom)) {
      problems.add("parent POM " + artifact + " " + version + " is not staged");
      return null;
    }
    return parse(pom);
  }

  private static String text(Element project, Element parent, String name) {
    String own = child(project, name);
    return own != null || parent == null ? own : child(parent, name);
  }

  private static String nested(
      Element project, Element parent, String list, String item, String field) {
    for (Element pom : new Element[] {project, parent}) {
      Element container = pom == null ? null : element(pom, list);
      if (container != null) {
        Element entry = item == null ? container : element(container, item);
        if (entry != null && child(entry, field) != null) {
          return child(entry, field);
        }
      }
    }
    return null;
  }

  private static Element parse(Path pom) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
  }

  private static Element element(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static String child(Element parent, String name) {
    Element e = element(parent, name);
    return e == null ? null : e.getTextContent().trim();
  }

  /** The bundle: the staged files (no maven-metadata), sorted, with a fixed timestamp. */
  private void zip(Path bundle) throws IOException {
    Path dir = bundle.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(staging)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("maven-metadata"))
              .sorted()
              .toList();
    }
    FileTime fixed = FileTime.fromMillis(0);
    try (OutputStream out = Files.newOutputStream(bundle);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Path file : files) {
        ZipEntry entry = new ZipEntry(staging.relativize(file).toString().replace('\\', '/'));
        entry.setLastModifiedTime(fixed);
        zip.putNextEntry(entry);
        Files.copy(file, zip);
        zip.closeEntry();
      }
    }
  }
}
