package io.github.fsonboard.examples;

import io.github.fsonboard.core.auth.Secret;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where the main job runs and with which credentials. Each setting comes from, in order: an
 * environment variable ({@code FSONBOARD_APIM_URL}), a properties file named by {@code --config
 * file} or {@code FSONBOARD_CONFIG} ({@code fsonboard.apim.url}), or the default. Without an APIM
 * URL the job starts the embedded emulator and takes URLs, trust and admin credentials from it.
 *
 * @param apimUrl API Manager base URL, e.g. https://apim.bank.example:9443; null for embedded
 * @param isUrl Identity Server base URL, e.g. https://is.bank.example:9446
 * @param trustPem PEM file with the server certificates to trust; null for the JVM's trust store
 * @param apimAdminUser APIM admin user
 * @param apimAdminPassword APIM admin password
 * @param isAdminUser IS admin user (the key manager's connector credentials)
 * @param isAdminPassword IS admin password
 * @param keyManagerName name of the fsKeyManager to create or update
 * @param tppUser the TPP's user name (an e-mail-style name, as FS deployments use)
 * @param tppPassword the TPP's password
 * @param applicationName the TPP's application
 * @param apiName the API to subscribe to
 * @param apiVersion its version
 * @param throttlingPolicy the subscription throttling policy
 * @param callbackUrl the TPP's OAuth callback URL
 * @param certificatePem PEM file with the TPP's application certificate; null to use a demo one
 * @param demoCertificate where the demo certificate is kept between runs against real servers
 *     (default {@code ~/.fsonboard/demo-certificate-<tpp user>.pem}), so that a re-run sends the
 *     same certificate and changes nothing
 * @param dcr whether to run the second part, a TPP onboarded by FS DCR: {@code on} or {@code off};
 *     null for the default: on for the embedded emulator, and against a real deployment on only
 *     when {@code dcrUrl} and {@code dcrSoftware} are given
 * @param dcrUrl the FS DCR API base against a real deployment, e.g.
 *     https://apim.bank.example:8243/open-banking/v3.3; null for none
 * @param dcrSoftware a directory with the TPP's directory material against a real deployment
 *     ({@code ssa.jwt}, {@code signing-key.pem}, {@code transport-certificate.pem}, {@code
 *     transport-key.pem}); null for none
 * @param dcrKeyId the {@code kid} of the signing key in the software JWKS
 * @param dcrAudience the ASPSP's identifier at the directory, the DCR request's {@code aud}
 * @param dcrClientFile where the DCR client id is kept between runs (default {@code
 *     ~/.fsonboard/dcr-client-id.txt}), so that a re-run registers nothing
 * @param approval whether the bank holds the TPP's subscription and production keys for approval:
 *     {@code on} or {@code off} (the default); see {@link #approvalEnabled()}
 */
public record ExampleConfig(
    String apimUrl,
    String isUrl,
    Path trustPem,
    String apimAdminUser,
    Secret apimAdminPassword,
    String isAdminUser,
    Secret isAdminPassword,
    String keyManagerName,
    String tppUser,
    Secret tppPassword,
    String applicationName,
    String apiName,
    String apiVersion,
    String throttlingPolicy,
    String callbackUrl,
    Path certificatePem,
    Path demoCertificate,
    String dcr,
    String dcrUrl,
    Path dcrSoftware,
    String dcrKeyId,
    String dcrAudience,
    Path dcrClientFile,
    String approval) {

  /**
   * Tells whether the job runs on the embedded emulator.
   *
   * @return true when no APIM URL was configured
   */
  public boolean embedded() {
    return apimUrl == null;
  }

  /**
   * Tells whether the second part, a TPP onboarded by FS DCR, runs: by default on the embedded
   * emulator, and against a real deployment only when its DCR URL and the TPP's directory material
   * are configured.
   *
   * @return true when it runs
   */
  public boolean dcrEnabled() {
    if (dcr != null) {
      return dcr.equalsIgnoreCase("on") || dcr.equalsIgnoreCase("true");
    }
    return embedded() || (dcrUrl != null && dcrSoftware != null);
  }

  /**
   * Tells whether the job expects approval workflows. On the embedded emulator this turns on
   * subscription and production key approval and the bank's back office approves what its vetting
   * policy accepts; against a real deployment the job reports what awaits approval and stops
   * cleanly, for the bank approves in its own tooling.
   *
   * @return true when {@code approval} is {@code on} or {@code true}
   */
  public boolean approvalEnabled() {
    return approval != null
        && (approval.equalsIgnoreCase("on") || approval.equalsIgnoreCase("true"));
  }

  /**
   * Reads the configuration from the environment and an optional {@code --config file}.
   *
   * @param args the program arguments
   * @param env the environment (System.getenv() in production)
   * @return the configuration
   * @throws IOException when the properties file cannot be read
   */
  public static ExampleConfig load(String[] args, Map<String, String> env) throws IOException {
    String configFile = env.get("FSONBOARD_CONFIG");
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--config")) {
        configFile = args[i + 1];
      }
    }
    Properties file = new Properties();
    if (configFile != null && !configFile.isBlank()) {
      try (Reader r = Files.newBufferedReader(Path.of(configFile))) {
        file.load(r);
      }
    }
    Source s = new Source(env, file);
    String trust = s.get("trust.pem", null);
    String certificate = s.get("certificate.pem", null);
    String dcrSoftware = s.get("dcr.software", null);
    String tppUser = s.get("tpp.user", "tpp1@fs-tpp.example");
    String demoCertificate =
        s.get(
            "demo.certificate",
            Path.of(
                    System.getProperty("user.home"),
                    ".fsonboard",
                    "demo-certificate-" + tppUser.replaceAll("[^A-Za-z0-9._-]", "_") + ".pem")
                .toString());
    return new ExampleConfig(
        s.get("apim.url", null),
        s.get("is.url", null),
        trust == null ? null : Path.of(trust),
        s.get("apim.admin.user", "admin"),
        Secret.of(s.get("apim.admin.password", "admin")),
        s.get("is.admin.user", "admin"),
        Secret.of(s.get("is.admin.password", "admin")),
        s.get("keymanager.name", "FSKM"),
        tppUser,
        Secret.of(s.get("tpp.password", "Tpp-Passw0rd!")),
        s.get("application.name", "AccountsApp"),
        s.get("api.name", "AccountandTransactionAPI"),
        s.get("api.version", "3.1.11"),
        s.get("throttling.policy", "Unlimited"),
        s.get("callback.url", "https://tpp.example/callback"),
        certificate == null ? null : Path.of(certificate),
        Path.of(demoCertificate),
        s.get("dcr", null),
        s.get("dcr.url", null),
        dcrSoftware == null ? null : Path.of(dcrSoftware),
        s.get("dcr.key.id", null),
        s.get("dcr.audience", "aspsp1"),
        Path.of(
            s.get(
                "dcr.client.file",
                Path.of(System.getProperty("user.home"), ".fsonboard", "dcr-client-id.txt")
                    .toString())),
        s.get("approval", "off"));
  }

  /** Environment first (FSONBOARD_X_Y), then the file (fsonboard.x.y), then the default. */
  private record Source(Map<String, String> env, Properties file) {
    String get(String key, String fallback) {
      String envName = "FSONBOARD_" + key.replace('.', '_').toUpperCase(Locale.ROOT);
      String v = env.get(envName);
      if (v == null || v.isBlank()) {
        v = file.getProperty("fsonboard." + key);
      }
      return v == null || v.isBlank() ? fallback : v.trim();
    }
  }
}
