/**
 * The fluent Onboarding API: the WSO2 Financial Services Manual Client Registration flow,
 * idempotent, resumable and plannable. Entry point: {@link
 * io.github.fsonboard.apim.onboarding.Onboarding} ({@link
 * io.github.fsonboard.apim.onboarding.Onboarding#keyManager key manager setup} for the bank
 * administrator, {@link io.github.fsonboard.apim.onboarding.Onboarding#tpp TPP onboarding}).
 */
package io.github.fsonboard.apim.onboarding;
