package com.minicrm.adapter.in.rest.customer;

import com.minicrm.application.port.in.FindCustomersUseCase;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reads customers back, with the aggregates the orders produced. */
@Path("/api/v1/customers")
@Tag(name = "Customers")
@SecurityRequirement(name = "apiKey")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
public class CustomerQueryResource {
    private final FindCustomersUseCase customers;

    public CustomerQueryResource(FindCustomersUseCase customers) {
        this.customers = customers;
    }

    @GET
    @Path("/{externalId}")
    @Operation(summary = "One customer with its aggregates")
    public CustomerResponse one(@PathParam("externalId") String externalId) {
        return customers.byExternalId(externalId)
                .map(CustomerResponse::from)
                .orElseThrow(() -> new NotFoundException("No customer has externalId " + externalId));
    }

    @GET
    @Operation(summary = "A page of customers, newest first")
    public CustomerPageResponse page(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return CustomerPageResponse.from(customers.page(page, size));
    }
}
