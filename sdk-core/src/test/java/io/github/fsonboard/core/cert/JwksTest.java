package io.github.fsonboard.core.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.github.fsonboard.core.error.ValidationException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JwksTest {
  private static final ECKey KEY1 = generate("k1");
  private static final ECKey KEY2 = generate("k2");

  private static ECKey generate(String kid) {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String publicSet(ECKey... keys) {
    StringBuilder sb = new StringBuilder("{\"keys\":[");
    for (int i = 0; i < keys.length; i++) {
      sb.append(i == 0 ? "" : ",").append(keys[i].toPublicJWK().toJSONString());
    }
    return sb.append("]}").toString();
  }

  @Test
  void parsesAPublicSetAndIgnoresUnknownKeyTypes() {
    String json = publicSet(KEY1, KEY2).replace("]}", ",{\"kty\":\"FUTURE\",\"kid\":\"x\"}]}");
    JWKSet set = Jwks.parse(json);
    assertThat(set.getKeys()).extracting(k -> k.getKeyID()).containsExactly("k1", "k2");
    assertThat(set.getKeys()).noneMatch(k -> k.isPrivate());
  }

  @Test
  void refusesEverythingThatIsNotACleanPublicSet() {
    String privateKey = "{\"keys\":[" + KEY1.toJSONString() + "]}";
    String dup = publicSet(KEY1, KEY1);
    String oct = "{\"keys\":[{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}]}";
    String badRsa = "{\"keys\":[{\"kty\":\"RSA\",\"n\":\"!!\",\"e\":\"AQAB\"}]}";
    String onlyUnknown = "{\"keys\":[{\"kty\":\"FUTURE\"}]}";
    String huge = "{\"keys\":[],\"pad\":\"" + "x".repeat(Jwks.MAX_BYTES) + "\"}";
    StringBuilder many = new StringBuilder("{\"keys\":[");
    for (int i = 0; i <= Jwks.MAX_KEYS; i++) {
      many.append(i == 0 ? "" : ",").append("{\"kty\":\"FUTURE\"}");
    }
    many.append("]}");
    String[][] cases = {
      {null, "jwks"},
      {"", "jwks"},
      {"not json", "jwks"},
      {"[1,2]", "jwks"},
      {"{}", "jwks"},
      {"{\"keys\":{}}", "jwks"},
      {"{\"keys\":[1]}", "jwks.keys[0]"},
      {"{\"keys\":[{}]}", "jwks.keys[0]"},
      {privateKey, "jwks.keys[0]"},
      {dup, "jwks.keys[1]"},
      {oct, "jwks.keys[0]"},
      {badRsa, "jwks.keys[0]"},
      {onlyUnknown, "jwks"},
      {huge, "jwks"},
      {many.toString(), "jwks"},
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> Jwks.parse(c[0]))
          .as(c[0] == null ? "null" : c[0].substring(0, Math.min(60, c[0].length())))
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.field()).isEqualTo(c[1]));
    }
  }

  @Test
  void jsonNullIsNotASet() {
    assertThatThrownBy(() -> Jwks.parse("null"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("not a JSON object");
  }

  @Test
  void sameKidWithDifferentUseIsAllowed() {
    ECKey enc = new ECKey.Builder(KEY2).keyID("k1").keyUse(KeyUse.ENCRYPTION).build();
    assertThat(Jwks.parse(publicSet(KEY1, enc)).getKeys()).hasSize(2);
  }

  @Test
  void fuzzedDocumentsOnlyEverThrowValidationException() {
    Random random = new Random(7);
    String seed = publicSet(KEY1, KEY2);
    String alphabet = "{}[]\",:0aZ\\ -_=nulltrue";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder(seed);
      int edits = 1 + random.nextInt(6);
      for (int e = 0; e < edits; e++) {
        int pos = random.nextInt(sb.length());
        switch (random.nextInt(3)) {
          case 0 -> sb.setCharAt(pos, alphabet.charAt(random.nextInt(alphabet.length())));
          case 1 -> sb.deleteCharAt(pos);
          default -> sb.insert(pos, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      try {
        assertThat(Jwks.parse(sb.toString()).getKeys()).isNotEmpty();
      } catch (ValidationException expected) {
        assertThat(expected.field()).startsWith("jwks");
      }
    }
  }
}
