/**
 * The bank's back office: vet pending approval tasks against a declarative {@link
 * io.github.fsonboard.apim.backoffice.VettingPolicy}, list what a batch of decisions would do, and
 * apply them idempotently through {@link io.github.fsonboard.apim.admin.AdminWorkflowsClient}.
 */
package io.github.fsonboard.apim.backoffice;
