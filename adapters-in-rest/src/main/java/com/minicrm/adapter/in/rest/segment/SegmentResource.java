package com.minicrm.adapter.in.rest.segment;

import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.CreateSegmentUseCase;
import com.minicrm.application.port.in.DeleteSegmentUseCase;
import com.minicrm.application.port.in.FindSegmentsUseCase;
import com.minicrm.application.port.in.PreviewSegmentUseCase;
import com.minicrm.application.port.in.UpdateSegmentUseCase;
import com.minicrm.domain.segment.RuleParser;
import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.validation.InvalidInputException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Previews, saves, lists, changes and deletes segments. */
@Path("/api/v1/segments")
@Tag(name = "Segments")
@SecurityRequirement(name = "apiKey", scopes = Roles.READ)
@RolesAllowed(Roles.READ)
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SegmentResource {
    private final PreviewSegmentUseCase preview;
    private final CreateSegmentUseCase create;
    private final UpdateSegmentUseCase update;
    private final DeleteSegmentUseCase delete;
    private final FindSegmentsUseCase find;
    private final SecurityIdentity identity;

    public SegmentResource(PreviewSegmentUseCase preview, CreateSegmentUseCase create, UpdateSegmentUseCase update,
            DeleteSegmentUseCase delete, FindSegmentsUseCase find, SecurityIdentity identity) {
        this.identity = identity;
        this.preview = preview;
        this.create = create;
        this.update = update;
        this.delete = delete;
        this.find = find;
    }

    @POST
    @Path("/preview")
    @Operation(summary = "Count and sample the customers a rule reaches now, and describe the rule")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "seed rule", value = SegmentExamples.PREVIEW_REQUEST)))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "preview", value = SegmentExamples.PREVIEW_RESPONSE)))
    @APIResponse(responseCode = "422", description = "The rule or another field is invalid; every error has its path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid rule", value = SegmentExamples.INVALID_RULE)))
    public PreviewResponse preview(PreviewRequest request) {
        if (request == null || request.rule() == null) {
            throw InvalidInputException.of("rule", "is required");
        }
        return PreviewResponse.from(preview.preview(RuleParser.parse(request.rule())));
    }

    @POST
    @RolesAllowed(Roles.MANAGE)
    @SecurityRequirement(name = "apiKey", scopes = Roles.MANAGE)
    @Operation(summary = "Save a segment")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "segment", value = SegmentExamples.SEGMENT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Saved; Location names the new segment", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "segment", value = SegmentExamples.SEGMENT)))
    @APIResponse(responseCode = "422", description = "The rule or another field is invalid; every error has its path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid rule", value = SegmentExamples.INVALID_RULE)))
    public Response create(SegmentRequest request, @Context UriInfo uri) {
        String by = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        Segment segment = create.create(required(request).toDefinition(), by);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(segment.id())).build())
                .entity(SegmentResponse.from(segment))
                .build();
    }

    @GET
    @Operation(summary = "All segments, newest first")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "segments", value = SegmentExamples.SEGMENTS)))
    public List<SegmentResponse> list() {
        return find.newestFirst().stream().map(SegmentResponse::from).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One segment")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "segment", value = SegmentExamples.SEGMENT)))
    @APIResponse(responseCode = "404", description = "No such segment", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "not found", value = SegmentExamples.NOT_FOUND)))
    public SegmentResponse one(@PathParam("id") long id) {
        return SegmentResponse.from(find.byId(id));
    }

    @PUT
    @RolesAllowed(Roles.MANAGE)
    @SecurityRequirement(name = "apiKey", scopes = Roles.MANAGE)
    @Path("/{id}")
    @Operation(summary = "Replace a segment's name, description and rule")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "segment", value = SegmentExamples.SEGMENT_REQUEST)))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "segment", value = SegmentExamples.SEGMENT)))
    @APIResponse(responseCode = "404", description = "No such segment", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "not found", value = SegmentExamples.NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "The rule or another field is invalid; every error has its path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid rule", value = SegmentExamples.INVALID_RULE)))
    public SegmentResponse replace(@PathParam("id") long id, SegmentRequest request) {
        return SegmentResponse.from(update.update(id, required(request).toDefinition()));
    }

    @DELETE
    @RolesAllowed(Roles.MANAGE)
    @SecurityRequirement(name = "apiKey", scopes = Roles.MANAGE)
    @Path("/{id}")
    @Operation(summary = "Delete a segment no campaign uses")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such segment", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "not found", value = SegmentExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "A campaign uses the segment", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "in use", value = SegmentExamples.IN_USE)))
    public Response delete(@PathParam("id") long id) {
        delete.delete(id);
        return Response.noContent().build();
    }

    private static SegmentRequest required(SegmentRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "is required");
        }
        return request;
    }
}
