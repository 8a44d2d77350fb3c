package io.github.fsonboard.apim.devportal;

/**
 * The answer when an approval workflow holds a request (HTTP 202, the WorkflowResponse schema).
 *
 * @param workflowStatus {@code CREATED}, {@code APPROVED}, {@code REJECTED} or {@code REGISTERED}
 * @param jsonPayload what the workflow returned, as JSON text
 */
public record WorkflowResponse(String workflowStatus, String jsonPayload) {}
