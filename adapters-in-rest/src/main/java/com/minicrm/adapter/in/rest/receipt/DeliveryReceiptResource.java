package com.minicrm.adapter.in.rest.receipt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.application.port.in.AcceptDeliveryReceiptUseCase;
import com.minicrm.application.port.in.campaign.VerifyReceiptUseCase;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The vendor's callback. It carries no API key: the HMAC signature over timestamp and raw body is
 * the authentication, so it is checked first, on the exact bytes received, before anything is parsed.
 * A signature already seen inside the window is a replay and changes nothing. It runs on a worker
 * thread, since recording the signature is a database write.
 */
@Path("/api/v1/delivery-receipts")
@PermitAll
@Blocking
@SecurityScheme(securitySchemeName = "vendorSignature", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = DeliveryReceiptResource.SIGNATURE_HEADER,
        description = "Hex HMAC-SHA256 of '<X-Vendor-Timestamp>.<raw body>' under the shared receipt secret;"
                + " X-Vendor-Timestamp is epoch seconds and must be within the accepted window")
@SecurityRequirement(name = "vendorSignature")
@Tag(name = "Delivery receipts")
public class DeliveryReceiptResource {
    public static final String TIMESTAMP_HEADER = "X-Vendor-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Vendor-Signature";
    private final VerifyReceiptUseCase verify;
    private final AcceptDeliveryReceiptUseCase accept;
    private final ObjectMapper json;

    DeliveryReceiptResource(VerifyReceiptUseCase verify, AcceptDeliveryReceiptUseCase accept, ObjectMapper json) {
        this.verify = verify;
        this.accept = accept;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Report the fate of one message, or of up to 1000 as an array (vendor callback, HMAC-signed)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "sent",
                    value = "{\"vendorMessageId\":\"sim-4f2a\",\"messageId\":1042,\"status\":\"SENT\",\"occurredAt\":\"2026-03-01T09:00:01Z\"}"),
            @ExampleObject(name = "batch", value = "[{\"vendorMessageId\":\"sim-4f2a\",\"messageId\":1042,\"status\":\"SENT\","
                    + "\"occurredAt\":\"2026-03-01T09:00:01Z\"},{\"vendorMessageId\":\"sim-4f2b\",\"messageId\":1043,"
                    + "\"status\":\"FAILED\",\"reason\":\"unreachable\",\"occurredAt\":\"2026-03-01T09:00:02Z\"}]")}))
    @APIResponse(responseCode = "202", description = "Receipts verified and queued together; a receipt for an unknown"
            + " message is accepted too (and counted in crm.delivery.receipts.unknown), so the vendor stops retrying")
    @APIResponse(responseCode = "401", description = "Signature missing, wrong, or outside the time window")
    @APIResponse(responseCode = "409", description = "This signed request was received before (a replay); nothing changed")
    @APIResponse(responseCode = "422", description = "A receipt is not valid; in an array, fields are named [i].field and none is queued")
    public CompletionStage<Response> receive(
            @HeaderParam(TIMESTAMP_HEADER) String timestamp, @HeaderParam(SIGNATURE_HEADER) String signed, String body) {
        verify.verify(timestamp, signed, body);
        CompletionStage<Response> queued;
        try {
            queued = accept.accept(ReceiptRequest.parse(json, body)).thenApply(done -> Response.accepted().build());
        } catch (RuntimeException e) {
            verify.release(signed);
            throw e;
        }
        // Not stored: the vendor's retry of this very request must not be refused as a replay.
        return queued.whenComplete((response, failure) -> {
            if (failure != null) {
                verify.release(signed);
            }
        });
    }
}
