package io.github.fsonboard.core.internal.jose;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.squareup.moshi.JsonReader;
import io.github.fsonboard.core.internal.json.JsonValues;
import java.io.IOException;
import java.text.ParseException;
import java.util.Map;
import okio.Buffer;

/**
 * A signed JWT whose claims, when a member name repeats in the payload, take the lexically last
 * value: one of the two readings RFC 7519 §4 allows (Nimbus takes the other and refuses). Keycloak
 * signs such payloads: its JARM responses carry {@code iss} twice, once as the token's issuer and
 * once as the RFC 9207 response parameter ({@code OIDCRedirectUriBuilder.JWTRedirectUriBuilder}
 * with {@code OIDCLoginProtocol.authenticated} adding {@code iss}), both with the same value. The
 * signature still covers the bytes as sent; only the reading of a payload Nimbus refuses changes.
 */
public final class LastMemberWinsJwt extends SignedJWT {
  private static final long serialVersionUID = 1L;

  private LastMemberWinsJwt(Base64URL header, Base64URL payload, Base64URL signature)
      throws ParseException {
    super(header, payload, signature);
  }

  /**
   * Wraps a parsed JWT.
   *
   * @param jwt the JWT as parsed
   * @return the same JWT, reading a payload with repeated member names last-member-wins
   * @throws ParseException when its parts do not form a JWS
   */
  public static SignedJWT of(SignedJWT jwt) throws ParseException {
    Base64URL[] parts = jwt.getParsedParts();
    return new LastMemberWinsJwt(parts[0], parts[1], parts[2]);
  }

  @Override
  public JWTClaimsSet getJWTClaimsSet() throws ParseException {
    try {
      return super.getJWTClaimsSet();
    } catch (ParseException strict) {
      Map<String, Object> claims;
      try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(getPayload().toString()))) {
        if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
          throw strict;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> read = (Map<String, Object>) JsonValues.read(reader, true);
        if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
          throw strict;
        }
        claims = read;
      } catch (IOException | RuntimeException e) {
        throw strict;
      }
      return JWTClaimsSet.parse(claims);
    }
  }
}
