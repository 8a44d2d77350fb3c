package io.github.fsonboard.examples;

import io.github.fsonboard.apim.fsdcr.ClientRegistration;
import io.github.fsonboard.apim.fsdcr.FsDcrClient;
import io.github.fsonboard.apim.fsdcr.RegistrationRequest;
import io.github.fsonboard.apim.fsdcr.SoftwareStatement;
import io.github.fsonboard.apim.onboarding.DcrOnboardingResult;
import io.github.fsonboard.apim.onboarding.Onboarding;
import io.github.fsonboard.apim.onboarding.ProgressListener;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.http.ClientCertificate;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.oauth.TokenResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main job's second, optional part: a second TPP onboarded by FS Dynamic Client Registration (a
 * signed request with its directory's software statement, over mutual TLS), then a token for the
 * registered client with {@code private_key_jwt}.
 *
 * <p>The client id is kept in a file between runs: a re-run reads that client (no write) and says
 * so; it registers again only when the server no longer knows the client.
 */
public final class SecondTppByDcr {
  private SecondTppByDcr() {}

  /**
   * What the TPP brings from its directory.
   *
   * @param ssa the software statement assertion
   * @param signingKey the key that signs the request and the token endpoint's client assertion
   * @param transportCertificatePem the mutual TLS certificate (PEM)
   * @param transportKeyPem its private key (PKCS#8 PEM)
   */
  public record Software(
      String ssa, SigningKey signingKey, String transportCertificatePem, Secret transportKeyPem) {

    /**
     * Reads the TPP's directory material from a directory: {@code ssa.jwt}, {@code signing-key.pem}
     * (PKCS#8, PKCS#1 or SEC1; RSA signs with PS256, EC with ES256), {@code
     * transport-certificate.pem} and {@code transport-key.pem}.
     *
     * @param dir the directory
     * @param keyId the signing key's {@code kid} in the software JWKS
     * @return the software
     * @throws IOException when a file cannot be read
     */
    public static Software fromDirectory(Path dir, String keyId) throws IOException {
      return new Software(
          Files.readString(dir.resolve("ssa.jwt")).strip(),
          SigningKey.fromPem(Secret.of(Files.readString(dir.resolve("signing-key.pem"))), keyId),
          Files.readString(dir.resolve("transport-certificate.pem")),
          Secret.of(Files.readString(dir.resolve("transport-key.pem"))));
    }
  }

  /**
   * What the part produced.
   *
   * @param onboarding the DCR onboarding result
   * @param tokenIssued whether the registered client got an access token
   */
  public record Result(DcrOnboardingResult onboarding, boolean tokenIssued) {}

  /**
   * Registers the software (or finds the client an earlier run registered) and gets a token.
   *
   * @param dcrBaseUrl the FS DCR API base, e.g. https://apim.bank.example:8243/open-banking/v3.3
   * @param tokenEndpoint IS's token endpoint
   * @param trust which server certificates to trust
   * @param software the TPP's software statement and keys
   * @param audience the ASPSP's identifier at the directory (the request's {@code aud})
   * @param clientIdFile where the client id is kept between runs
   * @param out where to print progress
   * @return the result
   */
  public static Result run(
      String dcrBaseUrl,
      String tokenEndpoint,
      Trust trust,
      Software software,
      String audience,
      Path clientIdFile,
      PrintStream out) {
    HttpConfig mtls =
        HttpConfig.builder()
            .trust(trust)
            .clientCertificate(
                ClientCertificate.pem(
                    software.transportCertificatePem(), software.transportKeyPem()))
            .build();
    try (HttpTransport http = HttpTransport.create(mtls)) {
      FsDcrClient dcr =
          FsDcrClient.builder()
              .baseUrl(dcrBaseUrl)
              .tokenEndpoint(tokenEndpoint)
              .transport(http)
              .signingKey(software.signingKey())
              .build();
      SoftwareStatement ssa = SoftwareStatement.parse(software.ssa());
      String known = readClientId(clientIdFile);
      out.println(
          "\n== Second TPP by FS DCR: software "
              + ssa.softwareId()
              + (known == null
                  ? " (no client id kept yet: registering)"
                  : " (client id kept in " + clientIdFile + ")"));
      // The FS DCR API cannot look a client up by software id: the kept client id is how a re-run
      // finds the client instead of registering a second one.
      DcrOnboardingResult onboarding =
          Onboarding.tppByDcr(dcr)
              .request(
                  RegistrationRequest.builder(ssa)
                      .audience(audience)
                      .scopes("accounts", "payments")
                      .build())
              .knownClientId(known)
              .build()
              .run(ProgressListener.printingTo(out));
      ClientRegistration client = onboarding.registration();
      writeClientId(clientIdFile, client.clientId());
      out.println(
          onboarding.created()
              ? "   Registered client " + client.clientId() + "; its id is kept in " + clientIdFile
              : "   Already registered as client "
                  + client.clientId()
                  + ": no second registration is sent");
      TokenResponse token =
          OAuthTokenClient.builder()
              .tokenEndpoint(tokenEndpoint)
              .clientAuthentication(
                  ClientAuthentication.privateKeyJwt(client.clientId(), software.signingKey()))
              .transport(http)
              .build()
              .clientCredentials("accounts");
      out.println(
          "   Client-credentials token (private_key_jwt): a "
              + token.tokenType()
              + " token, scopes: "
              + (token.scopes().isEmpty() ? "none" : String.join(", ", token.scopes())));
      return new Result(onboarding, !token.accessToken().reveal().isEmpty());
    }
  }

  private static String readClientId(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      String id = Files.readString(file, StandardCharsets.UTF_8).strip();
      return id.isEmpty() ? null : id;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the kept DCR client id " + file, e);
    }
  }

  private static void writeClientId(Path file, String clientId) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, clientId + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the DCR client id in " + file, e);
    }
  }
}
