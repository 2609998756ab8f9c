package com.minicrm.adapter.in.rest.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.draft.DiscardUnsentCampaignUseCase;
import com.minicrm.application.port.in.draft.FindUnsentCampaignsUseCase;
import com.minicrm.application.port.in.draft.SaveUnsentCampaignUseCase;
import com.minicrm.domain.campaign.UnsentCampaignNotFoundException;
import com.minicrm.domain.validation.InvalidInputException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Campaigns saved unsent, to be finished later in the builder; launching one goes through /api/v1/campaigns. */
@Path("/api/v1/campaign-drafts")
@Tag(name = "Campaigns")
@SecurityRequirement(name = "apiKey", scopes = Roles.MANAGE)
@RolesAllowed(Roles.MANAGE)
@Blocking
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class DraftResource {
    private final SaveUnsentCampaignUseCase save;
    private final FindUnsentCampaignsUseCase find;
    static final String REQUEST = "{\"name\":\"Diwali win-back\",\"template\":\"Hi {{first_name|there}}, 15% off with code SAVE15\","
            + "\"channel\":\"SMS\",\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"inactive_days\",\"operator\":\">=\",\"value\":90}]},"
            + "\"scheduledAt\":\"2030-03-01T09:00:00Z\",\"variants\":[{\"key\":\"A\",\"template\":\"Hi {{first_name|there}}, 15% off with code SAVE15\","
            + "\"weight\":50},{\"key\":\"B\",\"template\":\"{{first_name|Hi}}, we miss you: 15% off, code SAVE15\",\"weight\":50}],"
            + "\"holdoutPercent\":10}";
    static final String DETAIL = "{\"id\":3,\"name\":\"Diwali win-back\",\"template\":\"Hi {{first_name|there}}, 15% off with code SAVE15\","
            + "\"channel\":\"SMS\",\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"inactive_days\",\"operator\":\">=\",\"value\":90}]},"
            + "\"subject\":null,\"scheduledAt\":\"2030-03-01T09:00:00Z\",\"variants\":null,\"holdoutPercent\":10,"
            + "\"attributionWindowHours\":null,\"transactional\":false,\"createdBy\":\"asha@example.com\",\"updatedAt\":\"2026-03-01T09:00:00Z\"}";
    static final String SAVED = "{\"id\":3,\"name\":\"Diwali win-back\",\"channel\":\"SMS\",\"updatedAt\":\"2026-03-01T09:00:00Z\"}";
    private final DiscardUnsentCampaignUseCase discard;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    DraftResource(SaveUnsentCampaignUseCase save, FindUnsentCampaignsUseCase find, DiscardUnsentCampaignUseCase discard,
            SecurityIdentity identity, ObjectMapper json) {
        this.json = json;
        this.save = save;
        this.find = find;
        this.discard = discard;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Save a draft: a new one without id, over the earlier save with it; nothing is validated but sizes")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "draft", value = REQUEST)))
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "saved", value = SAVED)))
    @APIResponse(responseCode = "404", description = "The id names no draft (launched or discarded meanwhile)")
    public DraftResponse save(DraftRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "is required");
        }
        String by = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        return DraftResponse.from(save.save(request.id(), request.form(), by));
    }

    @GET
    @Path("/{id: \\d+}")
    @Operation(summary = "One draft with everything it keeps, as typed: rule, message, subject, schedule, variants, holdout")
    @Parameter(name = "id", example = "3")
    @APIResponse(responseCode = "200", description = "The draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "draft", value = DETAIL)))
    @APIResponse(responseCode = "404", description = "No such draft (launched or discarded)")
    public DraftDetail get(@PathParam("id") long id) {
        return find.byId(id).map(d -> DraftDetail.from(d, json)).orElseThrow(() -> new UnsentCampaignNotFoundException(id));
    }

    @GET
    @Operation(summary = "The latest drafts, most recently saved first")
    @APIResponse(responseCode = "200", description = "Drafts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "drafts", value = "[" + SAVED + "]")))
    public List<DraftResponse> list() {
        return find.latestFirst().stream().map(DraftResponse::from).toList();
    }

    @DELETE
    @Path("/{id: \\d+}")
    @Operation(summary = "Discard a draft; discarding one that is gone already changes nothing")
    @Parameter(name = "id", example = "3")
    @APIResponse(responseCode = "204", description = "Gone")
    public Response discard(@PathParam("id") long id) {
        discard.discard(id);
        return Response.noContent().build();
    }

    /** Kept beside the resource: reading a draft, or saving over one, can name one that is gone. */
    @ServerExceptionMapper
    Response gone(UnsentCampaignNotFoundException e) {
        return Problem.of(404, "Draft not found", e.getMessage()).toResponse();
    }
}
