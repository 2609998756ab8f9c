package com.minicrm.adapter.in.rest.composer;

import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.campaign.SendTestMessageUseCase;
import com.minicrm.application.port.in.campaign.SendTestMessageUseCase.TestMessageCommand;
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

/** Sends a campaign's message once, marked as a test, to an address the marketer types. */
@Path("/api/v1/campaigns/test-send")
@Tag(name = "Campaigns")
@SecurityRequirement(name = "apiKey", scopes = Roles.MANAGE)
@RolesAllowed(Roles.MANAGE)
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestSendResource {
    // no customerExternalId: without one the first customer fills the placeholders, so the example works on any data
    static final String REQUEST = "{\"template\":\"Hi {{first_name|there}}!\",\"channel\":\"SMS\",\"to\":\"+91 98765 43210\"}";
    static final String RESPONSE = "{\"to\":\"+91 98765 43210\",\"text\":\"[Test] Hi Mohit!\",\"accepted\":true,"
            + "\"vendorMessageId\":\"sim-5f2c\",\"failure\":null,\"subject\":null}";

    private final SendTestMessageUseCase tests;

    public TestSendResource(SendTestMessageUseCase tests) {
        this.tests = tests;
    }

    @POST
    @Operation(summary = "Send the message as a test through the vendor; it is never logged or counted in a campaign")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "test", value = REQUEST)))
    @APIResponse(responseCode = "200", description = "Sent, or refused by the vendor (see accepted and failure)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "sent", value = RESPONSE)))
    @APIResponse(responseCode = "422", description = "A bad template, channel, address or subject", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TestSendResponse send(TestSendRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "is required");
        }
        return TestSendResponse.from(tests.send(new TestMessageCommand(request.template(), request.channel(), request.to(),
                request.customerExternalId(), request.subject())));
    }
}
