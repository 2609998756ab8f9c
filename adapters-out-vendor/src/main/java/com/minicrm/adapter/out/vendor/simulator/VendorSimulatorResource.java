package com.minicrm.adapter.out.vendor.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.minicrm.adapter.out.vendor.VendorApiKey;
import com.minicrm.adapter.out.vendor.delivery.VendorConfig;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stand-in messaging vendor: takes a message, or a batch of them, answers at once, and reports
 * each message's fate later, signed. Deciding and scheduling never block, so it runs on the event loop.
 *
 * <p>The batch endpoint answers like batch APIs of real vendors (SNS PublishBatch, FCM's batch
 * send): 200 with one result per message, each accepted (202 and a vendor id) or refused with the
 * status a single send would have got, so a sender retries only the refused ones. A message id
 * sent again after it was accepted gets the same answer and no second delivery ({@link AcceptedMessages}).
 *
 * <p>Like a real vendor account, it serves only its customer: a send must carry the CRM's vendor
 * key (401 otherwise), and receipts go only to the callback URL the account registered (400 for
 * any other), so nobody else can make it deliver, call arbitrary URLs, or sign receipts for them.
 */
@Path("/vendor/v1/messages")
@PermitAll
@NonBlocking
public class VendorSimulatorResource {
    static final int MAX_BATCH = 1000;
    private final SimulatorConfig config;
    private final Dice dice;
    private final ReceiptCallbacks callbacks;
    private final AcceptedMessages accepted;
    private final VendorApiKey key;
    private final String registeredCallback;
    /** Replies go where the account's receipts go, to the CRM's inbound endpoint. */
    private final String inboundUrl;
    static final String INBOUND_PATH = "/api/v1/vendor-inbound";

    VendorSimulatorResource(SimulatorConfig config, Dice dice, ReceiptCallbacks callbacks, AcceptedMessages accepted,
            VendorApiKey key, VendorConfig vendor) {
        this.config = config;
        this.dice = dice;
        this.callbacks = callbacks;
        this.accepted = accepted;
        this.key = key;
        this.registeredCallback = vendor.callbackUrl();
        this.inboundUrl = URI.create(registeredCallback).resolve(INBOUND_PATH).toString();
    }

    /** The message a sender hands over; an e-mail must have a subject, as real e-mail APIs require. */
    public record SendRequest(Long messageId, String channel, String to, String body, String callbackUrl, String subject) {}

    /** Up to {@value #MAX_BATCH} messages in one request. */
    public record BatchRequest(List<SendRequest> messages) {}

    /** What became of one message of a batch: 202 with the vendor's id, or a refusal with its status. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(Long messageId, int status, String vendorMessageId, String error) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(@HeaderParam("Authorization") String authorization, SendRequest request) {
        if (!config.enabled()) {
            return Response.status(404).build();
        }
        if (!key.isPresentedIn(authorization)) {
            return unauthorized();
        }
        if (request == null) {
            return badRequest("a message is required");
        }
        ItemResult result = decide(request);
        if (result.status() != 202) {
            return Response.status(result.status()).entity(Map.of("error", result.error())).build();
        }
        return Response.accepted(Map.of("vendorMessageId", result.vendorMessageId())).build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response sendBatch(@HeaderParam("Authorization") String authorization, BatchRequest request) {
        if (!config.enabled()) {
            return Response.status(404).build();
        }
        if (!key.isPresentedIn(authorization)) {
            return unauthorized();
        }
        if (request == null || request.messages() == null || request.messages().isEmpty()
                || request.messages().size() > MAX_BATCH) {
            return badRequest("messages must hold 1 to " + MAX_BATCH + " messages");
        }
        List<ItemResult> results = new ArrayList<>(request.messages().size());
        for (SendRequest message : request.messages()) {
            results.add(message == null ? new ItemResult(null, 400, null, "a message is required") : decide(message));
        }
        return Response.ok(Map.of("results", results)).build();
    }

    private ItemResult decide(SendRequest request) {
        if (request.messageId() == null || request.callbackUrl() == null || request.to() == null) {
            return new ItemResult(request.messageId(), 400, null, "messageId, to and callbackUrl are required");
        }
        if ("EMAIL".equals(request.channel()) && (request.subject() == null || request.subject().isBlank())) {
            return new ItemResult(request.messageId(), 400, null, "an e-mail needs a subject");
        }
        if (!registeredCallback.equals(request.callbackUrl())) {
            return new ItemResult(request.messageId(), 400, null, "callbackUrl is not this account's registered callback URL");
        }
        String known = accepted.vendorIdOf(request.messageId());
        if (known != null) {
            return new ItemResult(request.messageId(), 202, known, null);
        }
        SimulatedOutcome outcome = dice.roll();
        if (outcome instanceof SimulatedOutcome.Refuse refuse) {
            return new ItemResult(request.messageId(), refuse.status(),
                    null, Response.Status.fromStatusCode(refuse.status()).getReasonPhrase());
        }
        SimulatedOutcome.Accept accept = (SimulatedOutcome.Accept) outcome;
        accepted.remember(request.messageId(), accept.vendorMessageId());
        callbacks.schedule(request.messageId(), request.callbackUrl(), accept);
        if (accept.sent() && !"EMAIL".equals(request.channel()) && dice.repliesStop()) {
            callbacks.scheduleStopReply(inboundUrl, request.channel(), request.to(), accept.latency().multipliedBy(2));
        }
        return new ItemResult(request.messageId(), 202, accept.vendorMessageId(), null);
    }

    private static Response unauthorized() {
        return Response.status(401).header("WWW-Authenticate", "Bearer").entity(Map.of("error", "a valid vendor API key is required"))
                .build();
    }

    private static Response badRequest(String error) {
        return Response.status(400).entity(Map.of("error", error)).build();
    }
}
