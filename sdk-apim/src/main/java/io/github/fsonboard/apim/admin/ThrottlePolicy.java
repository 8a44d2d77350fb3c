package io.github.fsonboard.apim.admin;

/**
 * An application or subscription throttling policy as the Admin API lists it (the common
 * ThrottlePolicy fields).
 *
 * @param policyId the policy's UUID
 * @param policyName its name, e.g. {@code Unlimited}
 * @param displayName its display name
 * @param description its description
 * @param isDeployed whether it is deployed
 * @param type the policy type
 */
public record ThrottlePolicy(
    String policyId,
    String policyName,
    String displayName,
    String description,
    Boolean isDeployed,
    String type) {}
