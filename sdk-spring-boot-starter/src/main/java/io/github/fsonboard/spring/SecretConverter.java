package io.github.fsonboard.spring;

import io.github.fsonboard.core.auth.Secret;
import org.springframework.core.convert.converter.Converter;

/** Binds password properties as {@link Secret}, so they print masked everywhere. */
final class SecretConverter implements Converter<String, Secret> {
  @Override
  public Secret convert(String source) {
    return Secret.of(source);
  }
}
