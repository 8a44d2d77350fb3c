/**
 * The TPP side of WSO2 Financial Services Dynamic Client Registration: the API that FS publishes on
 * API Manager ({@code /open-banking/{version}/register}, {@code dcr-swagger.yaml} v3.3.0) where a
 * TPP posts a signed registration request carrying a software statement assertion (SSA) over mutual
 * TLS. {@link io.github.fsonboard.apim.fsdcr.FsDcrClient} builds, checks, signs and sends the
 * request, and reads, updates and deletes the client with the token the gateway requires.
 */
package io.github.fsonboard.apim.fsdcr;
