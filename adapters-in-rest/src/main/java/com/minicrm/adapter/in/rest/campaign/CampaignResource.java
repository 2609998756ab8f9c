package com.minicrm.adapter.in.rest.campaign;

import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.FindCampaignsUseCase;
import com.minicrm.application.port.in.LaunchCampaignUseCase;
import com.minicrm.application.port.in.LaunchCampaignUseCase.LaunchCampaignCommand;
import com.minicrm.application.port.in.campaign.EditScheduledCampaignUseCase;
import com.minicrm.application.port.in.campaign.LaunchCampaignWithNewSegmentUseCase;
import com.minicrm.application.port.in.campaign.LaunchCampaignWithNewSegmentUseCase.LaunchWithNewSegmentCommand;
import com.minicrm.adapter.in.rest.outcome.OutcomesResponse;
import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.in.consent.ReadSendingRulesUseCase;
import com.minicrm.application.port.in.outcome.ReadCampaignOutcomesUseCase;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.outcome.CampaignOutcomes;
import com.minicrm.domain.outcome.OutcomeTotals;
import java.util.Map;
import com.minicrm.domain.validation.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Launches campaigns and reads their history. */
@Path("/api/v1/campaigns")
@SecurityRequirement(name = "apiKey", scopes = Roles.READ)
@RolesAllowed(Roles.READ)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "Campaigns")
public class CampaignResource {
    private static final int DEFAULT_SIZE = 20;
    private final LaunchCampaignUseCase launch;
    private final LaunchCampaignWithNewSegmentUseCase launchWithSegment;
    private final FindCampaignsUseCase find;
    private final EditScheduledCampaignUseCase editScheduled;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final ReadCampaignOutcomesUseCase outcomes;
    private final ReadSendingRulesUseCase sendingRules;

    CampaignResource(LaunchCampaignUseCase launch, LaunchCampaignWithNewSegmentUseCase launchWithSegment,
            FindCampaignsUseCase find, EditScheduledCampaignUseCase editScheduled, SecurityIdentity identity, ObjectMapper json,
            ReadCampaignOutcomesUseCase outcomes, ReadSendingRulesUseCase sendingRules) {
        this.sendingRules = sendingRules;
        this.editScheduled = editScheduled;
        this.outcomes = outcomes;
        this.launch = launch;
        this.launchWithSegment = launchWithSegment;
        this.find = find;
        this.identity = identity;
        this.json = json;
    }

    @POST
    @RolesAllowed(Roles.MANAGE)
    @SecurityRequirement(name = "apiKey", scopes = Roles.MANAGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Launch a campaign: freezes the audience and starts delivery, unless scheduledAt is ahead")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
        @ExampleObject(name = "segment", value = "{\"name\":\"Diwali 10% off\",\"segmentId\":3,"
                + "\"template\":\"Hi {{first_name|there}}, here's 10% off on your next order!\",\"channel\":\"SMS\"}"),
        @ExampleObject(name = "ad-hoc rule, scheduled", value = "{\"name\":\"Pune weekend\","
                + "\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"Pune\"}]},"
                + "\"template\":\"Hi {{name}}!\","
                + "\"channel\":\"WHATSAPP\",\"scheduledAt\":\"2026-03-01T09:00:00Z\"}"),
        @ExampleObject(name = "A/B test with a 10% holdout", value = "{\"name\":\"Diwali A/B\",\"segmentId\":3,"
                + "\"variants\":[{\"key\":\"A\",\"template\":\"Hi {{first_name|there}}, 10% off today!\",\"weight\":50},"
                + "{\"key\":\"B\",\"template\":\"{{first_name|Hi}}, your Diwali gift: 10% off\",\"weight\":50}],"
                + "\"holdoutPercent\":10,\"attributionWindowHours\":72,\"channel\":\"SMS\"}"),
        @ExampleObject(name = "e-mail with a subject", value = "{\"name\":\"Weekend mail\",\"segmentId\":3,"
                + "\"template\":\"Hi {{first_name|there}}, our weekend sale starts now.\","
                + "\"subject\":\"{{first_name|Hello}}, 15% off this weekend\",\"channel\":\"EMAIL\"}"),
        @ExampleObject(name = "rule saved as a new segment", value = "{\"name\":\"Pune weekend\","
                + "\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"Pune\"}]},"
                + "\"segment\":{\"name\":\"Pune shoppers\",\"description\":\"City = Pune\"},"
                + "\"template\":\"Hi {{name}}!\",\"channel\":\"SMS\"}")
    }))
    @APIResponse(responseCode = "201", description = "Created; delivery has started or is scheduled")
    @APIResponse(responseCode = "422", description = "Invalid campaign, e.g. an unknown placeholder or segment;"
            + " with segment, nothing is saved unless the segment and the campaign are both valid")
    public Response create(CampaignRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "is required");
        }
        String by = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        Campaign campaign = request.segment() == null
                ? launch.launch(new LaunchCampaignCommand(request.toDraft(), by))
                : launchWithSegment.launch(new LaunchWithNewSegmentCommand(request.segment().name(),
                        request.segment().description(), ruleTree(request), request.toDraft(), by)).campaign();
        return Response.created(URI.create("/api/v1/campaigns/" + campaign.requireId()))
                .entity(CampaignResponse.from(campaign))
                .build();
    }

    /** The rule as the generic tree the segment parser reads; a missing rule is reported by the draft. */
    private Object ruleTree(CampaignRequest request) {
        return request.rule() == null || request.rule().isNull() ? null : json.convertValue(request.rule(), Object.class);
    }

    @GET
    @Operation(summary = "List campaigns, newest first; ?tag=Win-back lists only campaigns with that auto-tag")
    @APIResponse(responseCode = "200", description = "A page of campaigns with their counters", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = CampaignExamples.CAMPAIGN_PAGE)))
    public PageResponse<CampaignResponse> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("tag") String tag) {
        int number = Paging.number("page", page, 0);
        int pageSize = Paging.number("size", size, DEFAULT_SIZE);
        Page<Campaign> found = tag == null ? find.list(number, pageSize) : find.listTagged(number, pageSize, tag);
        Map<Long, OutcomeTotals> totals = outcomes.totals(found.items().stream().map(Campaign::requireId).toList());
        return PageResponse.from(found, c -> CampaignResponse.from(c, totals.get(c.requireId()), null));
    }

    @PUT
    @Path("/{id: \\d+}")
    @RolesAllowed(Roles.MANAGE)
    @SecurityRequirement(name = "apiKey", scopes = Roles.MANAGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a scheduled campaign before it starts: name, audience (segmentId or rule), message, subject,"
            + " channel and scheduledAt (required, still ahead); the whole campaign is replaced, checked as a launch is")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "edit",
            value = "{\"name\":\"Weekend mail\",\"segmentId\":3,\"template\":\"Hi {{first_name|there}}, our weekend sale starts now.\","
                    + "\"subject\":\"{{first_name|Hello}}, 15% off this weekend\",\"channel\":\"EMAIL\","
                    + "\"scheduledAt\":\"2030-03-07T14:30:00Z\"}")))
    @APIResponse(responseCode = "200", description = "The edited campaign, still scheduled", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "edited", value = CampaignExamples.EDITED)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "409", description = "The campaign has started (or was cancelled); nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "started",
                    value = CampaignExamples.ALREADY_STARTED)))
    @APIResponse(responseCode = "422", description = "Invalid campaign or time; nothing was changed")
    public CampaignResponse edit(@PathParam("id") long id, CampaignRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "is required");
        }
        if (request.segment() != null) {
            throw InvalidInputException.of("segment", "cannot be saved by an edit: save the segment first and give its segmentId");
        }
        return CampaignResponse.from(editScheduled.edit(id, request.toDraft()));
    }

    @GET
    @Path("/{id: \\d+}")
    @Operation(summary = "One campaign")
    @APIResponse(responseCode = "200", description = "The campaign", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "running", value = CampaignExamples.CAMPAIGN)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    public CampaignResponse get(@PathParam("id") long id) {
        Campaign campaign = find.get(id);
        CampaignOutcomes o = outcomes.outcomes(id);
        return CampaignResponse.from(campaign, new OutcomeTotals(o.conversions(), o.revenue()), OutcomesResponse.from(campaign, o))
                .withQuietHoursResumeAt(sendingRules.quietHoursResumeAt(id).orElse(null));
    }

    @GET
    @Path("/{id: \\d+}/messages")
    @Operation(summary = "A page of a campaign's communication log, optionally one status only; ?reason=unsubscribed"
            + " (or frequency_cap, no_address) lists the messages suppressed for that reason")
    @APIResponse(responseCode = "200", description = "A page of messages", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "sent", value = CampaignExamples.MESSAGE_PAGE)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "422", description = "An unknown status or reason, or a reason with a status other than SUPPRESSED")
    public PageResponse<MessageResponse> messages(@PathParam("id") long id, @QueryParam("status") String status,
            @QueryParam("reason") String reason, @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.from(find.messages(id, Paging.status(status), Paging.reason(reason), Paging.number("page", page, 0),
                Paging.number("size", size, DEFAULT_SIZE)), MessageResponse::from);
    }
}
