/** FS Onboard SDK: sdk-testkit. */
package io.github.fsonboard.testkit;
