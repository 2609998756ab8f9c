package com.minicrm.adapter.in.rest.ingestion;

import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.IngestCustomersUseCase;
import com.minicrm.application.port.in.IngestOrdersUseCase;
import com.minicrm.domain.validation.InvalidInputException;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Customer and order ingestion: validates a whole request, queues it, and answers 202 once the broker confirms.
 * Single items are handled on the I/O thread. Batches are read, validated and serialised on a worker
 * thread: a 1,000-item body keeps a thread busy for milliseconds, and on an I/O thread it would hold
 * up every other request served by that thread.
 */
@Path("/api/v1")
@Tag(name = "Ingestion")
@SecurityRequirement(name = "apiKey", scopes = Roles.INGEST)
@RolesAllowed(Roles.INGEST)
@IngestionResponses
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IngestionResource {
    private final IngestCustomersUseCase customers;
    private final IngestOrdersUseCase orders;

    public IngestionResource(IngestCustomersUseCase customers, IngestOrdersUseCase orders) {
        this.customers = customers;
        this.orders = orders;
    }

    @POST
    @Path("/customers")
    @Operation(summary = "Send one customer", description = "Creates or updates the customer with this externalId. Answers 202 once the request is durably queued.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "customer", value = IngestionExamples.CUSTOMER)))
    public CompletionStage<Response> customer(CustomerRequest customer) {
        return customers.ingestCustomers(List.of(one(customer, "customer").toDraft()), "").thenApply(AcceptedResponse::from);
    }

    @POST
    @Path("/customers/batch")
    @Operation(summary = "Send up to 1,000 customers", description = "All or nothing: if any customer is invalid, none is queued and every problem is listed by index and field.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "batch", value = IngestionExamples.CUSTOMER_BATCH)))
    @Blocking
    public CompletionStage<Response> customerBatch(CustomerBatchRequest batch) {
        var drafts = drafts(batch == null ? null : batch.customers(), CustomerRequest::toDraft);
        return customers.ingestCustomers(drafts, "customers").thenApply(AcceptedResponse::from);
    }

    @POST
    @Path("/orders")
    @Operation(summary = "Send one order", description = "Stores the order unless one with this externalId exists; creates a placeholder customer if needed. Answers 202 once the request is durably queued.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "order", value = IngestionExamples.ORDER)))
    public CompletionStage<Response> order(OrderRequest order) {
        return orders.ingestOrders(List.of(one(order, "order").toDraft()), "").thenApply(AcceptedResponse::from);
    }

    @POST
    @Path("/orders/batch")
    @Operation(summary = "Send up to 1,000 orders", description = "All or nothing: if any order is invalid, none is queued and every problem is listed by index and field.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "batch", value = IngestionExamples.ORDER_BATCH)))
    @Blocking
    public CompletionStage<Response> orderBatch(OrderBatchRequest batch) {
        var drafts = drafts(batch == null ? null : batch.orders(), OrderRequest::toDraft);
        return orders.ingestOrders(drafts, "orders").thenApply(AcceptedResponse::from);
    }

    private static <T> T one(T body, String what) {
        if (body == null) {
            throw InvalidInputException.of("body", "must be " + ("order".equals(what) ? "an " : "a ") + what + " object");
        }
        return body;
    }

    /** The drafts of a batch; a missing list or a null item is left for the domain to report by index. */
    private static <R, D> List<D> drafts(List<R> requests, Function<R, D> toDraft) {
        return requests == null ? null : requests.stream().map(r -> r == null ? null : toDraft.apply(r)).toList();
    }
}
