package io.github.fsonboard.core.http;

/** The SDK's version, sent in the default {@code User-Agent}. */
public final class SdkVersion {
  /** The version of this SDK build, or {@code "dev"} when run from classes. */
  public static final String VERSION = versionOf();

  private SdkVersion() {}

  private static String versionOf() {
    String v = SdkVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
