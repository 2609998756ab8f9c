package com.minicrm.adapter.in.rest.ingestion;

import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.IngestOrdersUseCase;
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

/** Order ingestion: validates, queues, and answers 202 once the broker confirms. */
@Path("/api/v1/orders")
@Tag(name = "Ingestion")
@SecurityRequirement(name = "apiKey")
@RolesAllowed(Roles.API_CLIENT)
@IngestionResponses
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrderIngestionResource {
    private final IngestOrdersUseCase ingest;

    public OrderIngestionResource(IngestOrdersUseCase ingest) {
        this.ingest = ingest;
    }

    @POST
    @Operation(summary = "Send one order", description = "Stores the order unless one with this externalId exists; creates a placeholder customer if needed. Answers 202 once the request is durably queued.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "order", value = IngestionExamples.ORDER)))
    public CompletionStage<Response> one(OrderRequest order) {
        if (order == null) {
            throw InvalidInputException.of("body", "must be an order object");
        }
        return ingest.ingestOrders(List.of(order.toDraft()), "").thenApply(AcceptedResponse::from);
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Send up to 1,000 orders", description = "All or nothing: if any order is invalid, none is queued and every problem is listed by index and field.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "batch", value = IngestionExamples.ORDER_BATCH)))
    public CompletionStage<Response> batch(OrderBatchRequest batch) {
        if (batch == null) {
            throw InvalidInputException.of("orders", "is required");
        }
        List<OrderRequest> orders = batch.orders();
        var drafts = orders == null ? null : orders.stream().map(o -> o == null ? null : o.toDraft()).toList();
        return ingest.ingestOrders(drafts, "orders").thenApply(AcceptedResponse::from);
    }
}
