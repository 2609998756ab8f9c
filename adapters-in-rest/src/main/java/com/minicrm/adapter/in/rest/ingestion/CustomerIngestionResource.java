package com.minicrm.adapter.in.rest.ingestion;

import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.IngestCustomersUseCase;
import com.minicrm.domain.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customer ingestion: validates, queues, and answers 202 once the broker confirms. */
@Path("/api/v1/customers")
@Tag(name = "Ingestion")
@SecurityRequirement(name = "apiKey")
@RolesAllowed(Roles.API_CLIENT)
@IngestionResponses
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CustomerIngestionResource {
    private final IngestCustomersUseCase ingest;

    public CustomerIngestionResource(IngestCustomersUseCase ingest) {
        this.ingest = ingest;
    }

    @POST
    @Operation(summary = "Send one customer", description = "Creates or updates the customer with this externalId. Answers 202 once the request is durably queued.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "customer", value = IngestionExamples.CUSTOMER)))
    public CompletionStage<Response> one(CustomerRequest customer) {
        if (customer == null) {
            throw InvalidInputException.of("body", "must be a customer object");
        }
        return ingest.ingestCustomers(List.of(customer.toDraft()), "").thenApply(AcceptedResponse::from);
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Send up to 1,000 customers", description = "All or nothing: if any customer is invalid, none is queued and every problem is listed by index and field.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "batch", value = IngestionExamples.CUSTOMER_BATCH)))
    public CompletionStage<Response> batch(CustomerBatchRequest batch) {
        if (batch == null) {
            throw InvalidInputException.of("customers", "is required");
        }
        List<CustomerRequest> customers = batch.customers();
        var drafts = customers == null ? null : customers.stream().map(c -> c == null ? null : c.toDraft()).toList();
        return ingest.ingestCustomers(drafts, "customers").thenApply(AcceptedResponse::from);
    }
}
