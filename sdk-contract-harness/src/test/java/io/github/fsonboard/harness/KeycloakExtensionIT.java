package io.github.fsonboard.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension shares the JVM-wide peer and gives each test class one realm. */
@ExtendWith(KeycloakExtension.class)
class KeycloakExtensionIT {

  @Test
  void injectsThePeerAndARealm(KeycloakPeer peer, KeycloakRealm realm) {
    assertThat(peer).isSameAs(KeycloakPeer.shared());
    assertThat(realm.issuer()).startsWith(peer.baseUri().toString() + "/realms/");
  }

  @Test
  void sameRealmForTheWholeClass(KeycloakRealm first, KeycloakRealm second) {
    assertThat(first).isSameAs(second);
  }
}
