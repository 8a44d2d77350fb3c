package io.github.fsonboard.core.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class QcStatementsTest {
  private static final TestPki.Issued ROOT = TestPki.rootCa("QTSP Root");

  @Test
  void extractsRolesNcaAndOrganizationIdentifier() {
    TestPki.Issued eidas =
        TestPki.spec("TPP Ltd")
            .issuer(ROOT)
            .orgId("PSDGB-FCA-123456")
            .psd2(Set.of(Psd2Role.PSP_AI, Psd2Role.PSP_PI), "Financial Conduct Authority", "GB-FCA")
            .issue();
    Psd2Attributes attrs = QcStatements.psd2Attributes(eidas.cert()).orElseThrow();
    assertThat(attrs.roles()).containsExactlyInAnyOrder(Psd2Role.PSP_AI, Psd2Role.PSP_PI);
    assertThat(attrs.ncaName()).isEqualTo("Financial Conduct Authority");
    assertThat(attrs.ncaId()).isEqualTo("GB-FCA");
    assertThat(attrs.organizationIdentifier()).isEqualTo("PSDGB-FCA-123456");
  }

  @Test
  void emptyWhenNoQcStatementOrNoOrgId() {
    TestPki.Issued plain = TestPki.spec("Plain").issuer(ROOT).issue();
    assertThat(QcStatements.psd2Attributes(plain.cert())).isEmpty();
    assertThat(QcStatements.organizationIdentifier(plain.cert())).isEmpty();
  }

  @Test
  void roleLookupByOid() {
    assertThat(Psd2Role.fromOid("0.4.0.19495.1.4")).contains(Psd2Role.PSP_IC);
    assertThat(Psd2Role.fromOid("1.2.3")).isEmpty();
    assertThat(Psd2Role.PSP_AS.oid()).isEqualTo("0.4.0.19495.1.1");
  }
}
