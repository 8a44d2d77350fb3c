/** FS Onboard SDK: sdk-is. */
package io.github.fsonboard.is;
