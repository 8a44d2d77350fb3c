package io.github.fsonboard.core.internal.http;

/**
 * Request tag carrying the attempt number, for the log line.
 *
 * @param number 1 for the first attempt
 */
public record Attempt(int number) {}
