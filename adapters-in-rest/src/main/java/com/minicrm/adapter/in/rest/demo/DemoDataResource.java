package com.minicrm.adapter.in.rest.demo;

import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.security.Roles;
import com.minicrm.application.port.in.LoadDemoDataUseCase;
import com.minicrm.application.port.in.LoadDemoDataUseCase.DemoDataProgress;
import com.minicrm.domain.validation.InvalidInputException;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Starts the demo-data loader and reports its progress. */
@Path("/api/v1/demo-data")
@Tag(name = "Demo data")
@SecurityRequirement(name = "apiKey", scopes = Roles.MANAGE)
@RolesAllowed(Roles.MANAGE)
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DemoDataResource {
    static final String REQUEST = "{\"customers\":2000}";
    static final String PROGRESS = "{\"state\":\"RUNNING\",\"customersPlanned\":2000,\"customersSent\":2000,"
            + "\"ordersPlanned\":8412,\"ordersSent\":3000,\"percent\":48,\"error\":null}";

    private final LoadDemoDataUseCase loader;

    public DemoDataResource(LoadDemoDataUseCase loader) {
        this.loader = loader;
    }

    public record LoadRequest(Integer customers) {}

    @POST
    @Operation(summary = "Load realistic demo customers and orders through the ingestion API",
            description = "Runs in the background (one load at a time; a second call while one runs returns its progress). "
                    + "The same customer numbers always get the same data, so loading again adds nothing twice.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "2,000 customers", value = REQUEST)))
    @APIResponse(responseCode = "202", description = "Loading", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "started", value = PROGRESS)))
    @APIResponse(responseCode = "422", description = "customers is missing or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "out of range",
                    value = "{\"type\":\"about:blank\",\"title\":\"Invalid input\",\"status\":422,"
                            + "\"errors\":[{\"field\":\"customers\",\"message\":\"must be between 1 and 100000\"}]}")))
    public Response start(LoadRequest request) {
        if (request == null || request.customers() == null) {
            throw InvalidInputException.of("customers", "is required");
        }
        return Response.accepted(ProgressResponse.from(loader.start(request.customers()))).build();
    }

    @GET
    @Operation(summary = "The demo-data loader's progress")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "progress", value = PROGRESS)))
    public ProgressResponse progress() {
        return ProgressResponse.from(loader.progress());
    }

    public record ProgressResponse(String state, int customersPlanned, int customersSent, int ordersPlanned,
                                   int ordersSent, int percent, String error) {
        static ProgressResponse from(DemoDataProgress p) {
            return new ProgressResponse(p.state().name(), p.customersPlanned(), p.customersSent(), p.ordersPlanned(),
                    p.ordersSent(), p.percent(), p.error());
        }
    }
}
