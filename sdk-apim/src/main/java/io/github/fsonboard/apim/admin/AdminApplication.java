package io.github.fsonboard.apim.admin;

/**
 * One application as the Admin API lists it ({@code ApplicationInfo} of admin v4), whoever owns it.
 *
 * @param applicationId the UUID
 * @param name the name, unique per owner
 * @param owner the owner's user name (the TPP)
 * @param status {@code APPROVED}, {@code CREATED} (pending approval), {@code REJECTED}, ...
 * @param groupId the sharing group, usually empty
 */
public record AdminApplication(
    String applicationId, String name, String owner, String status, String groupId) {}
