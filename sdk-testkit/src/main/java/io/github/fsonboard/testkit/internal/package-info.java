/** Emulator internals: routes, state, tokens and TLS material. Not a public API. */
package io.github.fsonboard.testkit.internal;
