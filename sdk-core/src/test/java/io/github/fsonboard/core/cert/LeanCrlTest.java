package io.github.fsonboard.core.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.harness.TestPki;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.security.SignatureException;
import java.security.cert.CRLReason;
import org.junit.jupiter.api.Test;

/** A CRL is read without turning its revoked list into objects. */
class LeanCrlTest {
  private static final TestPki.Issued CA = TestPki.ca("Forged CA");

  @Test
  void aForgedCrlJustUnderTheCapIsReadInBoundedMemory() throws Exception {
    byte[] der = TestPki.forgedCrl(CA, 450_000, null);
    assertThat(der.length).isBetween(9_000_000, 10 * 1024 * 1024);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    LeanCrl crl = LeanCrl.parse(der);
    crl.verify(CA.certificate().getPublicKey());
    LeanCrl.Revocation hit = crl.find(BigInteger.valueOf(449_999));
    LeanCrl.Revocation miss = crl.find(BigInteger.valueOf(450_000));
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // The JDK's parser allocated about 315 MB for such a CRL; this keeps to a few copies of it.
    assertThat(allocated).as("bytes allocated").isLessThan(48L << 20);
    assertThat(hit).isNotNull();
    assertThat(hit.reason()).isNull();
    assertThat(miss).isNull();
    assertThat(crl.header().getIssuerX500Principal())
        .isEqualTo(CA.certificate().getSubjectX500Principal());
    assertThat(crl.header().getRevokedCertificates()).isNull();
  }

  @Test
  void anEntryIsDecodedWithItsReasonAndATamperedCrlFailsVerification() throws Exception {
    byte[] der = TestPki.forgedCrl(CA, 3, BigInteger.TEN);
    LeanCrl crl = LeanCrl.parse(der);
    crl.verify(CA.certificate().getPublicKey());
    assertThat(crl.find(BigInteger.TEN).reason()).isEqualTo(CRLReason.KEY_COMPROMISE);
    assertThat(crl.find(BigInteger.ONE).reason()).isNull();
    assertThat(crl.find(BigInteger.TWO)).isNull();
    byte[] tampered = der.clone();
    tampered[tampered.length / 2] ^= 1;
    assertThatThrownBy(() -> LeanCrl.parse(tampered).verify(CA.certificate().getPublicKey()))
        .isInstanceOfAny(SignatureException.class, IllegalArgumentException.class);
    assertThatThrownBy(() -> LeanCrl.parse(new byte[] {0x30, (byte) 0x84, 0x7f, 0, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
