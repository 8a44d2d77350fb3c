/**
 * The one way a builder collects bad values: {@link
 * io.github.fsonboard.core.internal.builder.BuilderProblems} records what each setter refused so
 * that {@code build()} throws one {@link io.github.fsonboard.core.error.ValidationException} naming
 * every bad field, and {@link io.github.fsonboard.core.internal.builder.Elements} keeps list
 * settings with their null elements so that those are named there too. It depends only on {@code
 * core.error}, so any package (the transport settings as well as the client setup) can use it
 * without a package circle. Not public API: it may change in any release.
 */
package io.github.fsonboard.core.internal.builder;
