package com.minicrm.adapter.in.rest.customer;

import com.minicrm.adapter.in.rest.ingestion.SubscriptionsRequest;
import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.security.Caller;
import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.consent.ChangeSubscriptionsUseCase;
import com.minicrm.application.port.in.consent.ChangeSubscriptionsUseCase.ChangeSubscriptionsCommand;
import com.minicrm.domain.consent.SubscriptionSource;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Changes one customer's subscriptions without resending the customer: an API key records source
 * {@code api}, a marketer signed in to the pages records {@code marketer}, each with its name.
 */
// Same root as the other customer resources, so JAX-RS matches them together for /api/v1/customers/...
@Path("/api/v1")
@Tag(name = "Customers")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {
    static final String REQUEST = "{\"email\":\"unsubscribed\"}";
    private final ChangeSubscriptionsUseCase changes;
    private final SecurityIdentity identity;

    public SubscriptionResource(ChangeSubscriptionsUseCase changes, SecurityIdentity identity) {
        this.changes = changes;
        this.identity = identity;
    }

    @PATCH
    @Path("/customers/{externalId}/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INGEST, Roles.MANAGE})
    @SecurityRequirement(name = "apiKey", scopes = Roles.INGEST)
    @Operation(summary = "Set a customer's subscriptions; channels left out keep theirs, a value a channel already has is no change")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "unsubscribe e-mail", value = REQUEST)))
    @APIResponse(responseCode = "200", description = "The subscriptions after the change",
            content = @Content(schema = @Schema(implementation = SubscriptionsResponse.class)))
    @APIResponse(responseCode = "404", description = "No customer has this externalId", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "A value other than subscribed or unsubscribed, or no channel",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public SubscriptionsResponse change(@Parameter(example = "cust-1001") @PathParam("externalId") String externalId,
            SubscriptionsRequest request) {
        SubscriptionSource source = Caller.isApiKey(identity) ? SubscriptionSource.API : SubscriptionSource.MARKETER;
        return changes.change(new ChangeSubscriptionsCommand(externalId, request == null ? null : request.toDomain(), source,
                        Caller.name(identity)))
                .map(SubscriptionsResponse::from)
                .orElseThrow(() -> new NotFoundException("No customer has externalId " + externalId));
    }
}
