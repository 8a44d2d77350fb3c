package io.github.fsonboard.examples.spring;

import io.github.fsonboard.testkit.Wso2Emulator;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * An example back-office service: {@code POST /tpps} onboards a TPP through the SDK's Onboarding
 * API, {@code /actuator/health} reports the starter's {@code fsonboard} contributor and {@code
 * /actuator/metrics} the {@code fsonboard.*} meters.
 *
 * <p>Everything WSO2-specific comes from the starter's {@code fsonboard.*} properties. When none
 * names an API Manager ({@code fsonboard.apim-url}, as an argument or environment variable {@code
 * FSONBOARD_APIM_URL}), the service starts the embedded WSO2 emulator and points itself at it.
 */
@SpringBootApplication
public class BackOfficeService {

  /** Creates the application (Spring does). */
  public BackOfficeService() {}

  /**
   * Starts the service.
   *
   * @param args Spring Boot arguments, e.g. {@code --fsonboard.apim-url=https://apim:9443}
   */
  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(BackOfficeService.class);
    if (namesServers(args)) {
      app.run(args);
      return;
    }
    Wso2Emulator emulator = Wso2Emulator.builder().build().start();
    System.out.println(
        "Embedded WSO2 emulator: APIM " + emulator.apimBaseUrl() + ", IS " + emulator.isBaseUrl());
    app.setDefaultProperties(EmulatorProperties.of(emulator));
    ConfigurableApplicationContext context;
    try {
      context = app.run(args);
    } catch (RuntimeException e) {
      emulator.close(); // a failed start leaves no emulator running
      throw e;
    }
    context.addApplicationListener(
        (ContextClosedEvent closed) -> emulator.close()); // the emulator ends with the service
  }

  /** Whether the caller named an API Manager, so that no emulator is wanted. */
  private static boolean namesServers(String[] args) {
    return System.getenv("FSONBOARD_APIM_URL") != null
        || System.getProperty("fsonboard.apim-url") != null
        || Arrays.stream(args).anyMatch(a -> a.startsWith("--fsonboard.apim-url="));
  }
}
