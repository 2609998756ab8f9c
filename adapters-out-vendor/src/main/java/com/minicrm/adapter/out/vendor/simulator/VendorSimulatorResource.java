package com.minicrm.adapter.out.vendor.simulator;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * A stand-in messaging vendor: takes a message, answers 202, and reports its fate later, signed.
 * Deciding and scheduling never block, so it runs on the event loop.
 */
@Path("/vendor/v1/messages")
@PermitAll
@NonBlocking
public class VendorSimulatorResource {
    private final SimulatorConfig config;
    private final Dice dice;
    private final ReceiptCallbacks callbacks;

    VendorSimulatorResource(SimulatorConfig config, Dice dice, ReceiptCallbacks callbacks) {
        this.config = config;
        this.dice = dice;
        this.callbacks = callbacks;
    }

    /** The message a sender hands over. */
    public record SendRequest(Long messageId, String channel, String to, String body, String callbackUrl) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(SendRequest request) {
        if (!config.enabled()) {
            return Response.status(404).build();
        }
        if (request == null || request.messageId() == null || request.callbackUrl() == null || request.to() == null) {
            return Response.status(400).entity(Map.of("error", "messageId, to and callbackUrl are required")).build();
        }
        SimulatedOutcome outcome = dice.roll();
        if (outcome instanceof SimulatedOutcome.Refuse refuse) {
            return Response.status(refuse.status()).build();
        }
        SimulatedOutcome.Accept accept = (SimulatedOutcome.Accept) outcome;
        callbacks.schedule(request.messageId(), request.callbackUrl(), accept);
        return Response.accepted(Map.of("vendorMessageId", accept.vendorMessageId())).build();
    }
}
