/**
 * The API Manager Admin REST API v4: key managers (including the Financial Services key manager of
 * the Manual Client Registration guide) and throttling policies. Entry point: {@link
 * io.github.fsonboard.apim.admin.AdminPortal}.
 */
package io.github.fsonboard.apim.admin;
