package com.minicrm.adapter.in.rest.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.FindCampaignsUseCase;
import com.minicrm.application.port.in.ai.FindLookalikesUseCase;
import com.minicrm.application.port.in.ai.RecommendSendTimeUseCase;
import com.minicrm.application.port.in.ai.SuggestMessagesUseCase;
import com.minicrm.application.port.in.ai.SummarizeCampaignUseCase;
import com.minicrm.application.port.in.ai.TranslateSegmentTextUseCase;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.RuleParser;
import com.minicrm.domain.validation.InvalidInputException;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The AI features: rules from text, message suggestions, campaign summaries, smart send time and lookalike audiences. */
@Path("/api/v1/ai")
@Tag(name = "AI")
@SecurityRequirement(name = "apiKey", scopes = Roles.MANAGE)
@RolesAllowed(Roles.MANAGE)
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AiResource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TranslateSegmentTextUseCase translate;
    private final SuggestMessagesUseCase suggest;
    private final SummarizeCampaignUseCase summarize;
    private final RecommendSendTimeUseCase sendTime;
    private final FindLookalikesUseCase lookalikes;
    private final FindCampaignsUseCase campaigns;

    public AiResource(TranslateSegmentTextUseCase translate, SuggestMessagesUseCase suggest, SummarizeCampaignUseCase summarize,
            RecommendSendTimeUseCase sendTime, FindLookalikesUseCase lookalikes, FindCampaignsUseCase campaigns) {
        this.translate = translate;
        this.suggest = suggest;
        this.summarize = summarize;
        this.sendTime = sendTime;
        this.lookalikes = lookalikes;
        this.campaigns = campaigns;
    }

    @POST
    @Path("/segment-rules")
    @Operation(summary = "Turn a plain-language audience description into a segment rule the builder can show and edit")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "text", value = AiExamples.SEGMENT_TEXT)))
    @APIResponse(responseCode = "200", description = "The rule, or null with the words that were not understood",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                @ExampleObject(name = "understood", value = AiExamples.SEGMENT_RULE),
                @ExampleObject(name = "not understood", value = AiExamples.SEGMENT_NOT_UNDERSTOOD)}))
    @APIResponse(responseCode = "422", description = "No text, or longer than 500 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", value = AiExamples.INVALID)))
    public SegmentTextResponse translate(SegmentTextRequest request) {
        if (request == null) {
            throw InvalidInputException.of("text", "is required");
        }
        return SegmentTextResponse.from(translate.translate(request.text()));
    }

    @POST
    @Path("/message-suggestions")
    @Operation(summary = "Suggest 2–3 distinct message variants with placeholders and a tone for an objective")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "win-back", value = AiExamples.MESSAGE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The intent and the variants", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "variants", value = AiExamples.MESSAGES)))
    @APIResponse(responseCode = "422", description = "No objective, or an invalid rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", value = AiExamples.INVALID)))
    public MessageSuggestionResponse suggest(MessageSuggestionRequest request) {
        if (request == null) {
            throw InvalidInputException.of("objective", "is required");
        }
        Optional<Rule> rule = request.rule() == null ? Optional.empty()
                : Optional.of(AiRules.parse("rule", request.rule()));
        return MessageSuggestionResponse.from(suggest.suggest(request.objective(), rule));
    }

    @GET
    @Path("/campaigns/{id: \\d+}/insights")
    @Operation(summary = "A readable summary of a campaign, built only from facts the code computed")
    @APIResponse(responseCode = "200", description = "The summary and its facts", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "insights", value = AiExamples.INSIGHTS)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    public InsightResponse insights(@PathParam("id") long id) {
        return InsightResponse.from(summarize.insights(id));
    }

    @POST
    @Path("/send-time")
    @Operation(summary = "Recommend when to send, from the audience's own order times")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "audience", value = AiExamples.RULE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Weekday × hour histogram (Monday first), best window and rationale",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "advice", value = AiExamples.SEND_TIME)))
    @APIResponse(responseCode = "422", description = "Missing or invalid rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", value = AiExamples.INVALID)))
    public SendTimeResponse sendTime(SendTimeRequest request) {
        if (request == null || request.rule() == null) {
            throw InvalidInputException.of("rule", "is required");
        }
        return SendTimeResponse.from(sendTime.recommend(AiRules.parse("rule", request.rule())));
    }

    @POST
    @Path("/lookalike")
    @Operation(summary = "Find customers outside a seed (a rule, a campaign's audience or a campaign's converters) who resemble it")
    @RequestBody(content = @Content(examples = {
        @ExampleObject(name = "rule", value = AiExamples.RULE_REQUEST),
        @ExampleObject(name = "campaign", value = "{\"campaignId\":12}"),
        @ExampleObject(name = "converters of a campaign", value = "{\"convertersOfCampaignId\":12}")}))
    @APIResponse(responseCode = "200", description = "The ranked audience: size, a rule only when one reproduces it well (else null; always null for converters), the fit, reasons and the closest customers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "lookalike", value = AiExamples.LOOKALIKE)))
    @APIResponse(responseCode = "404", description = "No such campaign (campaignId)")
    @APIResponse(responseCode = "422", description = "Not exactly one of rule, campaignId and convertersOfCampaignId, an invalid rule, a seed with nobody in it, or a convertersOfCampaignId naming no campaign or one without conversions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", value = AiExamples.INVALID)))
    public LookalikeResponse lookalike(LookalikeRequest request, @Context SecurityContext caller) {
        if (request == null || request.seeds() != 1) {
            throw InvalidInputException.of("rule", "give exactly one of rule, campaignId or convertersOfCampaignId");
        }
        FindLookalikesUseCase.Lookalikes found;
        if (request.convertersOfCampaignId() != null) {
            found = lookalikes.findLikeConverters(request.convertersOfCampaignId());
        } else {
            found = lookalikes.find(request.rule() != null ? AiRules.parse("rule", request.rule())
                    : frozenRule(campaigns.get(request.campaignId()).audience().frozenRule()));
        }
        // The closest customers are customer data: only a caller that may read customers sees them.
        return LookalikeResponse.from(found, caller.isUserInRole(Roles.READ));
    }

    private static Rule frozenRule(String json) {
        try {
            return RuleParser.parse(JSON.readValue(json, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored campaign rule is not JSON", e);
        }
    }
}
