package com.minicrm.adapter.in.rest.outcome;

import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.FindCampaignsUseCase;
import com.minicrm.application.port.in.outcome.ReadCampaignOutcomesUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A campaign's outcomes: conversions and attributed revenue, per variant, against the holdout. */
@Path("/api/v1/campaigns/{id: \\d+}/outcomes")
@SecurityRequirement(name = "apiKey", scopes = Roles.READ)
@RolesAllowed(Roles.READ)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "Campaigns")
public class CampaignOutcomesResource {
    private final FindCampaignsUseCase find;
    private final ReadCampaignOutcomesUseCase outcomes;

    CampaignOutcomesResource(FindCampaignsUseCase find, ReadCampaignOutcomesUseCase outcomes) {
        this.find = find;
        this.outcomes = outcomes;
    }

    @GET
    @Operation(summary = "A campaign's conversions, attributed revenue, variants, holdout and lift (last touch, within its window)")
    @APIResponse(responseCode = "200", description = "The outcomes", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "A/B with holdout", value = OutcomeExamples.OUTCOMES)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    public OutcomesResponse get(@PathParam("id") long id) {
        return OutcomesResponse.from(find.get(id), outcomes.outcomes(id));
    }
}
