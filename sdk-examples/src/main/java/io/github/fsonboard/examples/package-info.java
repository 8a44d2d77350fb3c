/** FS Onboard SDK: sdk-examples. */
package io.github.fsonboard.examples;
