package com.minicrm.adapter.in.rest.composer;

import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.campaign.ForecastReachUseCase;
import com.minicrm.domain.consent.Reach;
import com.minicrm.domain.segment.RuleParser;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "6,333 match · 5,910 reachable on SMS": who of an audience a campaign would message if launched now, and why not the rest. */
@Path("/api/v1/campaigns/reach")
@Tag(name = "Campaigns")
@SecurityRequirement(name = "apiKey", scopes = Roles.MANAGE)
@RolesAllowed(Roles.MANAGE)
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReachResource {
    static final String REQUEST = "{\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\","
            + "\"value\":\"Pune\"}]},\"channel\":\"SMS\",\"transactional\":false}";
    static final String RESPONSE = "{\"matched\":6333,\"reachable\":5910,\"unsubscribed\":120,\"frequencyCapped\":290,\"noAddress\":13}";

    private final ForecastReachUseCase forecast;

    public ReachResource(ForecastReachUseCase forecast) {
        this.forecast = forecast;
    }

    /** The audience to forecast: its rule, the channel, and whether the campaign is transactional (not capped). */
    public record ReachRequest(
            @Schema(description = "The rule, in react-querybuilder shape", implementation = Object.class) Object rule,
            @Schema(examples = "SMS") String channel,
            @Schema(defaultValue = "false") Boolean transactional) {}

    /**
     * The audience split as the freeze would make it now; each customer left out is counted once,
     * unsubscribed first, then over the frequency cap, then without an address.
     */
    public record ReachResponse(long matched, long reachable, long unsubscribed, long frequencyCapped, long noAddress) {
        static ReachResponse from(Reach reach) {
            return new ReachResponse(reach.matched(), reach.reachable(), reach.unsubscribed(), reach.frequencyCapped(),
                    reach.noAddress());
        }
    }

    @POST
    @Operation(summary = "Forecast a campaign's reach: how many of the audience it would message now, and how many "
            + "the freeze would suppress as unsubscribed, over the frequency cap or without an address")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reach", value = REQUEST)))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "reach", value = RESPONSE)))
    @APIResponse(responseCode = "422", description = "An invalid rule or channel", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ReachResponse reach(ReachRequest request) {
        if (request == null || request.rule() == null) {
            throw InvalidInputException.of("rule", "is required");
        }
        return ReachResponse.from(forecast.forecast(RuleParser.parse(request.rule()), ReviewResource.channel(request.channel()),
                Boolean.TRUE.equals(request.transactional())));
    }
}
