/**
 * Implementation of the Onboarding API: step runner, drift comparison, run engine. Not public API.
 */
package io.github.fsonboard.apim.onboarding.internal;
