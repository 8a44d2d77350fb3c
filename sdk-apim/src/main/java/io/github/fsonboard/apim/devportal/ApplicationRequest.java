package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.Lists;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.builder.Elements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to create or update an application with: the writable fields of the Application schema.
 *
 * <pre>{@code
 * ApplicationRequest app = ApplicationRequest.builder()
 *     .name("Accounts App").throttlingPolicy("Unlimited").description("AISP app").build();
 * }</pre>
 *
 * @param name the name (required, 1-100 characters)
 * @param throttlingPolicy the application-level policy (required; default {@code Unlimited})
 * @param description the description (up to 512 characters)
 * @param tokenType {@code JWT} (default) or {@code OAUTH}
 * @param groups the groups sharing it
 * @param attributes custom attributes
 */
public record ApplicationRequest(
    String name,
    String throttlingPolicy,
    String description,
    String tokenType,
    List<String> groups,
    Map<String, String> attributes) {

  /** Validates and copies the components. */
  public ApplicationRequest {
    Validation v = new Validation();
    v.require(name != null && !name.isBlank(), "name", "is required");
    v.require(name == null || name.length() <= 100, "name", "must be at most 100 characters");
    v.require(
        throttlingPolicy != null && !throttlingPolicy.isBlank(), "throttlingPolicy", "is required");
    v.require(
        description == null || description.length() <= 512,
        "description",
        "must be at most 512 characters");
    v.require(
        tokenType == null || tokenType.equals("JWT") || tokenType.equals("OAUTH"),
        "tokenType",
        "must be JWT or OAUTH");
    Elements.requireNoNull(v, "groups", groups);
    v.throwIfInvalid();
    groups = Lists.copy(groups);
    attributes = Lists.copy(attributes);
  }

  /**
   * Starts a builder with the portal's defaults ({@code Unlimited}, {@code JWT}, no groups, no
   * attributes).
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplicationRequest}. Not thread-safe. */
  public static final class Builder {
    private String name;
    private String throttlingPolicy = "Unlimited";
    private String description;
    private String tokenType = "JWT";
    private List<String> groups = List.of();
    private Map<String, String> attributes = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the application-level throttling policy.
     *
     * @param throttlingPolicy e.g. {@code Unlimited}
     * @return this builder
     */
    public Builder throttlingPolicy(String throttlingPolicy) {
      this.throttlingPolicy = throttlingPolicy;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the token type.
     *
     * @param tokenType {@code JWT} or {@code OAUTH}
     * @return this builder
     */
    public Builder tokenType(String tokenType) {
      this.tokenType = tokenType;
      return this;
    }

    /**
     * Sets the groups sharing the application.
     *
     * @param groups the group ids
     * @return this builder
     */
    public Builder groups(List<String> groups) {
      this.groups = groups;
      return this;
    }

    /**
     * Adds a custom attribute.
     *
     * @param key the attribute name
     * @param value its value
     * @return this builder
     */
    public Builder attribute(String key, String value) {
      this.attributes.put(key, value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws io.github.fsonboard.core.error.ValidationException naming every invalid field
     */
    public ApplicationRequest build() {
      return new ApplicationRequest(
          name, throttlingPolicy, description, tokenType, groups, attributes);
    }
  }
}
