package com.minicrm.adapter.in.rest.composer;

import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.PreviewMessageUseCase;
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

/** Lets the message composer show a template exactly as one real customer would receive it. */
@Path("/api/v1/campaigns/message-preview")
@Tag(name = "Campaigns")
@SecurityRequirement(name = "apiKey", scopes = Roles.READ)
// It shows one customer's data rendered into a template: reading customers, so the read scope.
@RolesAllowed(Roles.READ)
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MessagePreviewResource {
    static final String REQUEST = "{\"template\":\"Hi {{first_name|there}}, 10% off in {{city}}!\",\"customerExternalId\":\"cust-1001\"}";
    static final String RESPONSE = "{\"text\":\"Hi Mohit, 10% off in Mumbai!\",\"customer\":{\"externalId\":\"cust-1001\","
            + "\"name\":\"Mohit Sharma\",\"city\":\"Mumbai\"}}";
    static final String UNKNOWN_PLACEHOLDER = "{\"type\":\"about:blank\",\"title\":\"Invalid input\",\"status\":422,"
            + "\"detail\":\"template unknown placeholder {{nickname}}\",\"errors\":[{\"field\":\"template\","
            + "\"message\":\"unknown placeholder {{nickname}}\"}]}";

    private final PreviewMessageUseCase preview;

    public MessagePreviewResource(PreviewMessageUseCase preview) {
        this.preview = preview;
    }

    @POST
    @Operation(summary = "Render a message template for one real customer (any customer when none is named)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "template", value = REQUEST)))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "rendered", value = RESPONSE)))
    @APIResponse(responseCode = "422", description = "Unknown placeholder, malformed braces, or an unknown customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unknown placeholder", value = UNKNOWN_PLACEHOLDER)))
    public MessagePreviewResponse preview(MessagePreviewRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "is required");
        }
        return MessagePreviewResponse.from(preview.preview(request.template(), request.customerExternalId(), request.channel()));
    }
}
