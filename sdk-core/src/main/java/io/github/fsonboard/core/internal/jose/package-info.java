/** JOSE helpers shared by the SDK's modules; not public API. */
package io.github.fsonboard.core.internal.jose;
