/**
 * Client for WSO2 API Manager 4.x: {@link io.github.fsonboard.apim.ApiManager} signs users in to
 * the REST APIs and gives access to the Admin API ({@code admin}), the Developer Portal API ({@code
 * devportal}) and TPP self sign-up ({@code selfsignup}).
 */
package io.github.fsonboard.apim;
