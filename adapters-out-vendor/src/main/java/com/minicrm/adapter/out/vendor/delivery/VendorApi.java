package com.minicrm.adapter.out.vendor.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The vendor's send endpoints, one message or a batch, as a reactive REST client so waiting costs no thread. */
@Path("/vendor/v1/messages")
public interface VendorApi {
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<VendorAccepted> send(@HeaderParam("Authorization") String authorization, VendorRequest request);

    /** Up to the vendor's batch limit in one request; the 200 answer holds one result per message. */
    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<BatchReply> sendBatch(@HeaderParam("Authorization") String authorization, BatchRequest request);

    /** What the vendor is asked to send; only an e-mail carries a subject, so other requests leave the field out. */
    record VendorRequest(long messageId, String channel, String to, String body, String callbackUrl,
            @JsonInclude(JsonInclude.Include.NON_NULL) String subject) {}

    /** The vendor's 202 answer. */
    record VendorAccepted(String vendorMessageId) {}

    /** Several messages in one request. */
    record BatchRequest(List<VendorRequest> messages) {}

    /** The fate of each message of a batch request. */
    record BatchReply(List<ItemResult> results) {}

    /** 202 with the vendor's id when taken, otherwise the status a single send would have had (429, 503, 400...). */
    record ItemResult(long messageId, int status, String vendorMessageId, String error) {}
}
