/**
 * The API Manager Publisher REST API v4 ({@code /api/am/publisher/v4}) for the bank: the TPPs'
 * subscriptions to the bank's APIs, blocked and unblocked with the bank's own credentials.
 */
package io.github.fsonboard.apim.publisher;
