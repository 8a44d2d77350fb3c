/**
 * Observability hook: {@link io.github.fsonboard.core.observe.SdkListener} receives one event per
 * HTTP attempt, token fetch and onboarding step, with no secret, token or body in any of them.
 * Register it with {@link io.github.fsonboard.core.http.HttpConfig.Builder#listener};
 * sdk-micrometer turns the events into meters.
 */
package io.github.fsonboard.core.observe;
