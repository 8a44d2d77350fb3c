/** Implementation of sdk-apim: Retrofit services and wire helpers. Not public API. */
package io.github.fsonboard.apim.internal;
