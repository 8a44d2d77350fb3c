package io.github.fsonboard.core.cert;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.TBSCertList;

/**
 * A CRL held as its DER bytes, with its revoked list never turned into objects: the JDK's parser
 * builds one object per entry (a forged 10 MB CRL of 470,000 entries took 315 MB of heap). The
 * header (issuer, dates, algorithm) comes from the same CRL re-encoded without its revoked list;
 * the signature is checked over the original to-be-signed bytes; a serial is looked up by walking
 * the DER, and only a matching entry is decoded.
 */
final class LeanCrl {
  private static final int SEQUENCE = 0x30;
  private static final int INTEGER = 0x02;

  private final byte[] der;
  private final X509CRL header;
  private final int tbsStart;
  private final int tbsEnd;
  private final byte[] signature;
  private final int revokedStart;
  private final int revokedEnd;

  private LeanCrl(
      byte[] der,
      X509CRL header,
      int tbsStart,
      int tbsEnd,
      byte[] signature,
      int revokedStart,
      int revokedEnd) {
    this.der = der;
    this.header = header;
    this.tbsStart = tbsStart;
    this.tbsEnd = tbsEnd;
    this.signature = signature;
    this.revokedStart = revokedStart;
    this.revokedEnd = revokedEnd;
  }

  /** A revocation: when and (if given) why. */
  record Revocation(Instant at, CRLReason reason) {}

  /**
   * Parses a DER CRL.
   *
   * @throws IllegalArgumentException or a {@link GeneralSecurityException} when malformed
   */
  static LeanCrl parse(byte[] der) throws GeneralSecurityException {
    Tlv outer = Tlv.at(der, 0, der.length, SEQUENCE);
    if (outer.end() != der.length) {
      throw new IllegalArgumentException("bytes after the CRL");
    }
    Tlv tbs = Tlv.at(der, outer.contentStart(), outer.end(), SEQUENCE);
    Tlv sigAlg = Tlv.at(der, tbs.end(), outer.end(), SEQUENCE);
    Tlv sigValue = Tlv.at(der, sigAlg.end(), outer.end(), 0x03);
    if (sigValue.end() != outer.end() || sigValue.contentLength() < 1) {
      throw new IllegalArgumentException("malformed CRL signature");
    }
    // TBSCertList: [version] signature issuer thisUpdate [nextUpdate] [revoked] [0]extensions
    int p = tbs.contentStart();
    if (der[p] == INTEGER) {
      p = Tlv.at(der, p, tbs.end(), INTEGER).end();
    }
    p = Tlv.at(der, p, tbs.end(), SEQUENCE).end(); // signature
    p = Tlv.at(der, p, tbs.end(), SEQUENCE).end(); // issuer
    p = Tlv.at(der, p, tbs.end(), -1).end(); // thisUpdate
    if (p < tbs.end() && (der[p] == 0x17 || der[p] == 0x18)) {
      p = Tlv.at(der, p, tbs.end(), -1).end(); // nextUpdate
    }
    int revokedStart = -1;
    int revokedEnd = -1;
    int revokedTlvStart = p;
    int revokedTlvEnd = p;
    if (p < tbs.end() && (der[p] & 0xff) == SEQUENCE) {
      Tlv revoked = Tlv.at(der, p, tbs.end(), SEQUENCE);
      revokedStart = revoked.contentStart();
      revokedEnd = revoked.end();
      revokedTlvEnd = revoked.end();
    }
    // The same CRL without its revoked list, for the JDK to read the header from.
    ByteArrayOutputStream tbsBody = new ByteArrayOutputStream();
    tbsBody.write(der, tbs.contentStart(), revokedTlvStart - tbs.contentStart());
    tbsBody.write(der, revokedTlvEnd, tbs.end() - revokedTlvEnd);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    writeTlv(body, SEQUENCE, tbsBody.toByteArray());
    body.write(der, sigAlg.start(), sigValue.end() - sigAlg.start());
    ByteArrayOutputStream stripped = new ByteArrayOutputStream();
    writeTlv(stripped, SEQUENCE, body.toByteArray());
    X509CRL header =
        (X509CRL)
            CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(stripped.toByteArray()));
    byte[] signature =
        Arrays.copyOfRange(der, sigValue.contentStart() + 1, sigValue.end()); // skip unused bits
    return new LeanCrl(der, header, tbs.start(), tbs.end(), signature, revokedStart, revokedEnd);
  }

  /** Issuer, dates and algorithm; its revoked list is empty by construction. */
  X509CRL header() {
    return header;
  }

  /** Checks the signature over the original to-be-signed bytes. */
  void verify(PublicKey key) throws GeneralSecurityException {
    String algorithm = header.getSigAlgName();
    Signature s = Signature.getInstance(algorithm);
    s.initVerify(key);
    byte[] params = header.getSigAlgParams();
    if (params != null && algorithm.toUpperCase(java.util.Locale.ROOT).contains("PSS")) {
      AlgorithmParameters ap = AlgorithmParameters.getInstance("RSASSA-PSS");
      try {
        ap.init(params);
      } catch (java.io.IOException e) {
        throw new java.security.InvalidAlgorithmParameterException("bad PSS parameters", e);
      }
      s.setParameter(ap.getParameterSpec(PSSParameterSpec.class));
    }
    s.update(der, tbsStart, tbsEnd - tbsStart);
    if (!s.verify(signature)) {
      throw new java.security.SignatureException("CRL signature does not verify");
    }
  }

  /**
   * Looks a serial up, walking the revoked list without building it.
   *
   * @return the revocation, or null when the serial is not listed
   */
  Revocation find(BigInteger serial) {
    if (revokedStart < 0) {
      return null;
    }
    byte[] wanted = serial.toByteArray();
    int p = revokedStart;
    while (p < revokedEnd) {
      Tlv entry = Tlv.at(der, p, revokedEnd, SEQUENCE);
      Tlv number = Tlv.at(der, entry.contentStart(), entry.end(), INTEGER);
      if (number.contentLength() == wanted.length
          && Arrays.equals(der, number.contentStart(), number.end(), wanted, 0, wanted.length)) {
        return decode(Arrays.copyOfRange(der, entry.start(), entry.end()));
      }
      p = entry.end();
    }
    return null;
  }

  private static Revocation decode(byte[] entryDer) {
    try {
      TBSCertList.CRLEntry entry =
          TBSCertList.CRLEntry.getInstance(ASN1Primitive.fromByteArray(entryDer));
      CRLReason reason = null;
      if (entry.getExtensions() != null) {
        Extension ext = entry.getExtensions().getExtension(Extension.reasonCode);
        if (ext != null) {
          int code = ASN1Enumerated.getInstance(ext.getParsedValue()).intValueExact();
          CRLReason[] all = CRLReason.values();
          reason = code >= 0 && code < all.length ? all[code] : CRLReason.UNSPECIFIED;
        }
      }
      return new Revocation(entry.getRevocationDate().getDate().toInstant(), reason);
    } catch (java.io.IOException | RuntimeException e) {
      throw new IllegalArgumentException("malformed CRL entry", e);
    }
  }

  private static void writeTlv(ByteArrayOutputStream out, int tag, byte[] content) {
    out.write(tag);
    int n = content.length;
    if (n < 0x80) {
      out.write(n);
    } else {
      int bytes = (32 - Integer.numberOfLeadingZeros(n) + 7) / 8;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write((n >>> (8 * i)) & 0xff);
      }
    }
    out.write(content, 0, n);
  }

  /** One DER tag-length-value: where it starts, where its content starts, where it ends. */
  private record Tlv(int start, int contentStart, int end) {
    int contentLength() {
      return end - contentStart;
    }

    /** Reads the TLV at {@code p}, which must end by {@code limit}; {@code tag < 0}: any tag. */
    static Tlv at(byte[] der, int p, int limit, int tag) {
      if (p + 2 > limit) {
        throw new IllegalArgumentException("truncated DER");
      }
      if (tag >= 0 && (der[p] & 0xff) != tag) {
        throw new IllegalArgumentException("unexpected DER tag");
      }
      int first = der[p + 1] & 0xff;
      int q = p + 2;
      long length;
      if (first < 0x80) {
        length = first;
      } else {
        int bytes = first & 0x7f;
        if (bytes == 0 || bytes > 4 || q + bytes > limit) {
          throw new IllegalArgumentException("bad DER length");
        }
        length = 0;
        for (int i = 0; i < bytes; i++) {
          length = (length << 8) | (der[q++] & 0xff);
        }
      }
      if (length > limit - q) {
        throw new IllegalArgumentException("DER length past its container");
      }
      return new Tlv(p, q, (int) (q + length));
    }
  }
}
