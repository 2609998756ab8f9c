package com.minicrm.adapter.in.rest.composer;

import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.campaign.ReviewCampaignUseCase;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.segment.RuleParser;
import com.minicrm.domain.validation.InvalidInputException;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The review a marketer confirms before a campaign is sent. */
@Path("/api/v1/campaigns/review")
@Tag(name = "Campaigns")
@SecurityRequirement(name = "apiKey", scopes = Roles.MANAGE)
@RolesAllowed(Roles.MANAGE)
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {
    static final String REQUEST = "{\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\","
            + "\"value\":\"Pune\"}]},\"template\":\"Hi {{first_name|there}}!\",\"channel\":\"SMS\"}";
    static final String RESPONSE = "{\"audienceSize\":1250,\"withoutAddress\":12,\"unsubscribed\":30,\"frequencyCapped\":100,"
            + "\"reachable\":1108,\"samples\":[{\"externalId\":\"cust-1001\","
            + "\"name\":\"Mohit Sharma\",\"recipient\":\"+919800000001\",\"text\":\"Hi Mohit!\",\"subject\":null}],"
            + "\"warnings\":[\"MISSING_ADDRESSES\",\"UNSUBSCRIBED\",\"FREQUENCY_CAPPED\"]}";

    private final ReviewCampaignUseCase review;

    public ReviewResource(ReviewCampaignUseCase review) {
        this.review = review;
    }

    @POST
    @Operation(summary = "Review a campaign before sending: audience, unreachable customers, the message for three of them")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "review", value = REQUEST)))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "review", value = RESPONSE)))
    @APIResponse(responseCode = "422", description = "An invalid rule, template or channel", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ReviewResponse review(ReviewRequest request) {
        if (request == null || request.rule() == null) {
            throw InvalidInputException.of("rule", "is required");
        }
        return ReviewResponse.from(review.review(RuleParser.parse(request.rule()), request.template(), channel(request.channel()),
                request.subject(),
                Boolean.TRUE.equals(request.transactional())));
    }

    /** The channel a composer request names; a 422 naming {@code channel} otherwise. */
    static Channel channel(String name) {
        return Arrays.stream(Channel.values()).filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("channel", "must be one of SMS, EMAIL, WHATSAPP"));
    }
}
