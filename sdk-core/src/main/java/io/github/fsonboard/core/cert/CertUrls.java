package io.github.fsonboard.core.cert;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/** Reads OCSP and CRL URLs from certificate extensions; only http(s) URLs are returned. */
final class CertUrls {
  private CertUrls() {}

  static List<URI> ocsp(X509Certificate cert) {
    List<URI> out = new ArrayList<>();
    try {
      ASN1Primitive value = extension(cert, Extension.authorityInfoAccess.getId());
      if (value == null) {
        return out;
      }
      for (AccessDescription ad :
          AuthorityInformationAccess.getInstance(value).getAccessDescriptions()) {
        if (AccessDescription.id_ad_ocsp.equals(ad.getAccessMethod())) {
          addUri(out, ad.getAccessLocation());
        }
      }
    } catch (RuntimeException | java.io.IOException e) {
      // malformed extension: no usable URL
    }
    return out;
  }

  static List<URI> crl(X509Certificate cert) {
    List<URI> out = new ArrayList<>();
    try {
      ASN1Primitive value = extension(cert, Extension.cRLDistributionPoints.getId());
      if (value == null) {
        return out;
      }
      for (DistributionPoint dp : CRLDistPoint.getInstance(value).getDistributionPoints()) {
        DistributionPointName name = dp.getDistributionPoint();
        if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
          for (GeneralName gn : GeneralNames.getInstance(name.getName()).getNames()) {
            addUri(out, gn);
          }
        }
      }
    } catch (RuntimeException | java.io.IOException e) {
      // malformed extension: no usable URL
    }
    return out;
  }

  private static ASN1Primitive extension(X509Certificate cert, String oid)
      throws java.io.IOException {
    byte[] ext = cert.getExtensionValue(oid);
    if (ext == null) {
      return null;
    }
    return ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(ext).getOctets());
  }

  private static void addUri(List<URI> out, GeneralName gn) {
    if (gn.getTagNo() != GeneralName.uniformResourceIdentifier) {
      return;
    }
    try {
      URI uri = URI.create(((ASN1String) gn.getName()).getString());
      String scheme = uri.getScheme();
      if (uri.getHost() != null
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        out.add(uri);
      }
    } catch (IllegalArgumentException e) {
      // not a URI: skip
    }
  }
}
