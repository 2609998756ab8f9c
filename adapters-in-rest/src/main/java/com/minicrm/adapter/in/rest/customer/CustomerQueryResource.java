package com.minicrm.adapter.in.rest.customer;

import com.minicrm.adapter.in.rest.campaign.Paging;
import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.FindCustomersUseCase;
import com.minicrm.application.port.in.consent.FindSubscriptionsUseCase;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reads customers back, with the aggregates the orders produced. */
// Same root as the ingestion resource, so JAX-RS matches both classes for /api/v1/customers.
@Path("/api/v1")
@Tag(name = "Customers")
@SecurityRequirement(name = "apiKey", scopes = Roles.READ)
@RolesAllowed(Roles.READ)
@Blocking
@Produces(MediaType.APPLICATION_JSON)
public class CustomerQueryResource {
    private final FindCustomersUseCase customers;
    private final FindSubscriptionsUseCase subscriptions;

    public CustomerQueryResource(FindCustomersUseCase customers, FindSubscriptionsUseCase subscriptions) {
        this.customers = customers;
        this.subscriptions = subscriptions;
    }

    @GET
    @Path("/customers/{externalId}")
    @Operation(summary = "One customer with its aggregates and its subscriptions per channel")
    @APIResponse(responseCode = "200", description = "The customer",
            content = @Content(schema = @Schema(implementation = CustomerResponse.class), examples = @ExampleObject(name = "customer", value = CustomerExamples.PROFILE)))
    @APIResponse(responseCode = "404", description = "No customer has this externalId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "missing", value = CustomerExamples.MISSING)))
    public CustomerResponse one(@Parameter(example = "cust-1001") @PathParam("externalId") String externalId) {
        return customers.byExternalId(externalId)
                .map(p -> CustomerResponse.from(p, p.placeholder() ? null : subscriptions.ofCustomer(externalId).orElse(null)))
                .orElseThrow(() -> new NotFoundException("No customer has externalId " + externalId));
    }

    @GET
    @Path("/customers")
    @Operation(summary = "A page of customers, newest first")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(schema = @Schema(implementation = CustomerPageResponse.class), examples = @ExampleObject(name = "page", value = CustomerExamples.PAGE)))
    @APIResponse(responseCode = "422", description = "page < 0 or size outside 1..200", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CustomerPageResponse page(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String size) {
        return CustomerPageResponse.from(customers.page(Paging.number("page", page, 0), Paging.number("size", size, 50)));
    }
}
