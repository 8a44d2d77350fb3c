/** FS Onboard SDK: sdk-apim. */
package io.github.fsonboard.apim;
