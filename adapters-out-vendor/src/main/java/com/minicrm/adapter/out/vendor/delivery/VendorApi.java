package com.minicrm.adapter.out.vendor.delivery;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The vendor's send endpoint, as a reactive REST client so waiting costs no thread. */
@Path("/vendor/v1/messages")
public interface VendorApi {
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<VendorAccepted> send(VendorRequest request);

    /** What the vendor is asked to send. */
    record VendorRequest(long messageId, String channel, String to, String body, String callbackUrl) {}

    /** The vendor's 202 answer. */
    record VendorAccepted(String vendorMessageId) {}
}
