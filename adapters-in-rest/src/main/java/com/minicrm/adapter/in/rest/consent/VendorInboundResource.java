package com.minicrm.adapter.in.rest.consent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.in.rest.problem.Problem;
import com.minicrm.adapter.in.rest.receipt.DeliveryReceiptResource;
import com.minicrm.application.port.in.consent.ReceiveInboundReplyUseCase;
import com.minicrm.domain.consent.AppliedReply;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
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

/**
 * Customers' replies to the brand's SMS and WhatsApp numbers, forwarded by the vendor and signed like
 * delivery receipts (same headers, same secret, its own record of seen signatures against replays).
 * STOP and its variants unsubscribe that channel for every customer with the number and withdraw their
 * queued messages; START resubscribes; any other text is kept as a reply and changes nothing.
 */
@Path("/api/v1/vendor-inbound")
@PermitAll
@Blocking
@SecurityRequirement(name = "vendorSignature")
@Tag(name = "Delivery receipts")
public class VendorInboundResource {
    private final ReceiveInboundReplyUseCase receive;
    private final ObjectMapper json;

    VendorInboundResource(ReceiveInboundReplyUseCase receive, ObjectMapper json) {
        this.receive = receive;
        this.json = json;
    }

    /** What one reply changed. */
    public record InboundResponse(int customersChanged, int messagesWithdrawn) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "A customer's reply (STOP, START or anything else), forwarded by the vendor, HMAC-signed")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "stop", value = "{\"channel\":\"SMS\",\"from\":\"+91 98765 43210\",\"text\":\"STOP\","
                    + "\"receivedAt\":\"2026-03-01T09:05:00Z\"}"),
            @ExampleObject(name = "reply", value = "{\"channel\":\"WHATSAPP\",\"from\":\"+919876543210\",\"text\":\"Is the offer valid"
                    + " in Pune?\",\"receivedAt\":\"2026-03-01T09:06:00Z\"}")}))
    @APIResponse(responseCode = "200", description = "Applied: customers whose subscription changed, queued messages withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "stopped",
                    value = "{\"customersChanged\":1,\"messagesWithdrawn\":1}")))
    @APIResponse(responseCode = "401", description = "Signature missing, wrong, or outside the time window")
    @APIResponse(responseCode = "409", description = "This signed request was received before (a replay); nothing changed")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid; nothing changed")
    public InboundResponse receive(@HeaderParam(DeliveryReceiptResource.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(DeliveryReceiptResource.SIGNATURE_HEADER) String signed, String body) {
        AppliedReply applied = receive.receive(timestamp, signed, body, raw -> InboundReplyRequest.parse(json, raw));
        return new InboundResponse(applied.customers(), applied.withdrawn());
    }
}
