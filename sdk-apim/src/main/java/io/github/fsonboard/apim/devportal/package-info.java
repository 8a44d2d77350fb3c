/**
 * The API Manager Developer Portal REST API v3: key managers, APIs, throttling policies,
 * applications, subscriptions and application keys. Entry point: {@link
 * io.github.fsonboard.apim.devportal.DevPortal}.
 */
package io.github.fsonboard.apim.devportal;
