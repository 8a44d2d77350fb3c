package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.Lists;
import java.util.List;

/**
 * One application property a key manager accepts at key generation (devportal
 * KeyManagerApplicationConfiguration), e.g. {@code regulatory} or {@code sp_certificate}.
 *
 * @param name the property name, the key in {@code additionalProperties}
 * @param label the label the portal shows
 * @param type the input type, e.g. {@code select}, {@code input}
 * @param required whether it must be given
 * @param mask whether the value is secret
 * @param multiple whether several values are allowed
 * @param tooltip the help text
 * @param defaultValue the default ({@code default} in JSON)
 * @param values the allowed values
 */
public record KeyManagerApplicationConfiguration(
    String name,
    String label,
    String type,
    Boolean required,
    Boolean mask,
    Boolean multiple,
    String tooltip,
    Object defaultValue,
    List<Object> values) {

  /** Copies the values. */
  public KeyManagerApplicationConfiguration {
    values = Lists.copy(values);
  }
}
