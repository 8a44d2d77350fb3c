package io.github.fsonboard.apim.admin;

import io.github.fsonboard.apim.internal.Lists;
import java.util.Map;

/**
 * One "token handling" option of a key manager ({@code tokenValidation[]}).
 *
 * @param id the option's number
 * @param enable whether it is active
 * @param type {@code REFERENCE}, {@code JWT} or {@code CUSTOM}
 * @param value free-form settings, e.g. {@code {"body":{}}} for JWT
 */
public record TokenValidation(Integer id, Boolean enable, String type, Map<String, Object> value) {

  /** Copies the settings. */
  public TokenValidation {
    value = Lists.copy(value);
  }

  /**
   * The seed's "Token Handling Options: JWT": {@code {"id":1,"type":"JWT","value":{"body":{}},
   * "enable":true}}.
   *
   * @return the option
   */
  public static TokenValidation jwt() {
    return new TokenValidation(1, true, "JWT", Map.of("body", Map.of()));
  }
}
