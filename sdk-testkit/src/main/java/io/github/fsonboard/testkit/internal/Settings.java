package io.github.fsonboard.testkit.internal;

/**
 * Behaviour switches of one emulator, fixed at start.
 *
 * @param reRegistrationForbidden APIM v0.17 re-registration of an existing clientName answers 403
 *     instead of returning the same client
 * @param applicationApproval application creation goes through an approval workflow (201, status
 *     CREATED)
 * @param subscriptionApproval subscription creation goes through an approval workflow (201, status
 *     ON_HOLD)
 * @param authorizeUser the user the headless /oauth2/authorize signs in
 * @param jwtBearerIssuers trusted issuers of jwt-bearer grant assertions and their keys
 * @param isVersion the IS release answered as where releases differ
 * @param signUpResponse what a successful self sign-up answers with
 * @param selfSignUpEnabled self sign-up is enabled (otherwise every sign-up answers 20021)
 * @param keyApproval the key types (PRODUCTION, SANDBOX) whose generation goes through an approval
 *     workflow (200, keyState CREATED, no consumer key until approved)
 * @param signUpApproval self sign-ups go through the {@code AM_USER_SIGNUP} approval workflow (the
 *     user exists but holds no subscriber role until approved; removed when rejected)
 */
public record Settings(
    boolean reRegistrationForbidden,
    boolean applicationApproval,
    boolean subscriptionApproval,
    String authorizeUser,
    java.util.Map<String, java.security.PublicKey> jwtBearerIssuers,
    io.github.fsonboard.testkit.IsVersion isVersion,
    io.github.fsonboard.testkit.SelfSignUpResponse signUpResponse,
    boolean selfSignUpEnabled,
    java.util.Set<String> keyApproval,
    boolean signUpApproval) {}
