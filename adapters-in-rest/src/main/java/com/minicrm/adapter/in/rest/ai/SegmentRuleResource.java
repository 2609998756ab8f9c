package com.minicrm.adapter.in.rest.ai;

import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.application.port.in.ai.TranslateSegmentTextUseCase;
import com.minicrm.domain.validation.InvalidInputException;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
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

/** Rules from plain language. */
@Path("/api/v1/ai/segment-rules")
@Tag(name = "AI")
@SecurityRequirement(name = "apiKey")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SegmentRuleResource {
    private final TranslateSegmentTextUseCase translate;

    public SegmentRuleResource(TranslateSegmentTextUseCase translate) {
        this.translate = translate;
    }

    @POST
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
}
