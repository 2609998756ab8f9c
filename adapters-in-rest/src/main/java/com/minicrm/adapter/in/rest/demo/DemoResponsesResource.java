package com.minicrm.adapter.in.rest.demo;

import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.demo.SimulateResponsesUseCase;
import com.minicrm.application.port.in.demo.SimulateResponsesUseCase.SimulatedResponses;
import com.minicrm.domain.validation.InvalidInputException;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Simulates demo responses to a delivered campaign, so its outcomes show conversions and a lift. */
@Path("/api/v1/demo-data/responses")
// listed with the campaigns, after the one it needs is created (the Postman story runs in tag order)
@Tag(name = "Campaigns")
@SecurityRequirement(name = "apiKey", scopes = Roles.MANAGE)
@RolesAllowed(Roles.MANAGE)
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DemoResponsesResource {
    static final String REQUEST = "{\"campaignId\":12,\"seed\":19}";
    static final String SENT = "{\"campaignId\":12,\"delivered\":760,\"deliveredOrders\":76,\"holdout\":190,\"holdoutOrders\":11}";

    private final SimulateResponsesUseCase simulator;

    public DemoResponsesResource(SimulateResponsesUseCase simulator) {
        this.simulator = simulator;
    }

    public record SimulateRequest(Long campaignId, Long seed) {}

    public record SimulateResponse(long campaignId, int delivered, int deliveredOrders, int holdout, int holdoutOrders) {
        static SimulateResponse from(SimulatedResponses r) {
            return new SimulateResponse(r.campaignId(), r.delivered(), r.deliveredOrders(), r.holdout(), r.holdoutOrders());
        }
    }

    @POST
    @Operation(summary = "Simulate responses to a delivered campaign through the ingestion API",
            description = "10% of the delivered recipients order after their delivery and 6% of the holdout after the start, "
                    + "within the attribution window and no later than now. The same campaign and seed (default 19) pick the "
                    + "same customers; each places at most one simulated order per campaign, so a second call adds nothing. "
                    + "A campaign with nothing delivered yet gets none. The orders are stored, and attributed, a moment after this returns.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "campaign", value = REQUEST)))
    @APIResponse(responseCode = "200", description = "The orders were accepted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "sent", value = SENT)))
    @APIResponse(responseCode = "422", description = "No campaignId, or no such campaign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no such campaign",
                    value = "{\"type\":\"about:blank\",\"title\":\"Invalid input\",\"status\":422,\"errors\":[{\"field\":"
                            + "\"campaignId\",\"message\":\"there is no campaign 12\"}]}")))
    public SimulateResponse simulate(SimulateRequest request) {
        if (request == null || request.campaignId() == null) {
            throw InvalidInputException.of("campaignId", "is required");
        }
        long seed = request.seed() == null ? SimulateResponsesUseCase.DEFAULT_SEED : request.seed();
        return SimulateResponse.from(simulator.simulate(request.campaignId(), seed));
    }
}
