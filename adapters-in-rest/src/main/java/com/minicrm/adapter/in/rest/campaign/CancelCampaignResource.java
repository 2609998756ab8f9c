package com.minicrm.adapter.in.rest.campaign;

import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.CancelCampaignUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
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

/** Cancels a campaign; a resource of its own so the campaign history resource stays about reading. */
@Path("/api/v1/campaigns/{id: \\d+}/cancel")
@SecurityRequirement(name = "apiKey", scopes = Roles.MANAGE)
@RolesAllowed(Roles.MANAGE)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "Campaigns")
public class CancelCampaignResource {
    private final CancelCampaignUseCase cancel;

    CancelCampaignResource(CancelCampaignUseCase cancel) {
        this.cancel = cancel;
    }

    @POST
    @Operation(summary = "Cancel a scheduled or running campaign: messages no worker has claimed yet are withdrawn"
            + " (CANCELLED in the log, never sent); those already with the vendor still get their receipts counted")
    @APIResponse(responseCode = "200", description = "The cancelled campaign", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "cancelled", value = CampaignExamples.CANCELLED)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "409", description = "The campaign has already finished (COMPLETED, FAILED or CANCELLED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "finished",
                    value = CampaignExamples.ALREADY_FINISHED)))
    public CampaignResponse cancel(@PathParam("id") long id) {
        return CampaignResponse.from(cancel.cancel(id));
    }
}
