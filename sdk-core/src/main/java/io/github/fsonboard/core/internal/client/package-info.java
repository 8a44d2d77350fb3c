/**
 * The one way a top-level client is set up: {@link
 * io.github.fsonboard.core.internal.client.ClientSetup} collects every bad builder value into one
 * {@link io.github.fsonboard.core.error.ValidationException}, and {@link
 * io.github.fsonboard.core.internal.client.ClientTransport} decides who closes the transport. Not
 * public API: it may change in any release.
 */
package io.github.fsonboard.core.internal.client;
