/**
 * Micrometer meters for the FS Onboard SDK: {@link
 * io.github.fsonboard.micrometer.MicrometerSdkListener} turns the SDK's listener events into timers
 * and counters with low-cardinality tags.
 */
package io.github.fsonboard.micrometer;
