package io.github.fsonboard.apim.contract;

import io.github.fsonboard.apim.ApimWireMock;
import io.github.fsonboard.harness.WireMockTraffic;
import io.github.fsonboard.harness.Wso2Specs;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Turns a WireMock test into a contract test: after each test, every request the SDK sent and every
 * (fixture) response it got is validated against the APIM 4.4.0, 4.5.0 and 4.7.0 specs ({@link
 * ApimContract}). The test class extends {@link ApimWireMock}, which resets the journal before each
 * test. Without the WSO2 specs nothing is checked.
 *
 * <pre>{@code
 * @ExtendWith(ContractTraffic.class)
 * class KeyManagersTest extends ApimWireMock { ... }
 * }</pre>
 */
public final class ContractTraffic implements AfterEachCallback, AfterAllCallback {

  @Override
  public void afterEach(ExtensionContext context) {
    if (!Wso2Specs.available() || context.getExecutionException().isPresent()) {
      return; // the test's own failure says more
    }
    if (!(context.getRequiredTestInstance() instanceof ApimWireMock)) {
      throw new IllegalStateException("ContractTraffic needs a test extending ApimWireMock");
    }
    ApimVersion[] versions =
        context
            .getTestMethod()
            .map(m -> m.getAnnotation(ContractVersions.class))
            .or(() -> context.getTestClass().map(c -> c.getAnnotation(ContractVersions.class)))
            .map(ContractVersions::value)
            .orElse(ApimVersion.values());
    ApimContract.assertValid(WireMockTraffic.exchanges(ApimWireMock.wireMock()), versions);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (Boolean.getBoolean("fsonboard.contract.counts")) {
      System.out.println(
          "Contract counts after " + context.getDisplayName() + ": " + ApimContract.counts());
    }
  }
}
