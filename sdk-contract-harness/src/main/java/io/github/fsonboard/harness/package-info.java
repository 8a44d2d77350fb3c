/** FS Onboard SDK: sdk-contract-harness. */
package io.github.fsonboard.harness;
