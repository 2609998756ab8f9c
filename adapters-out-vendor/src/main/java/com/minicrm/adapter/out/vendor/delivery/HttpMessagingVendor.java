package com.minicrm.adapter.out.vendor.delivery;

import com.minicrm.adapter.out.vendor.VendorApiKey;
import com.minicrm.application.port.out.MessagingVendor;
import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.RetryPolicy;
import com.minicrm.domain.campaign.SendResult;
import com.minicrm.domain.campaign.VendorReply;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;

/**
 * Sends messages to the vendor over HTTP: through its batch endpoint, many messages per request,
 * or one request per message when the batch size is 1. {@link PacedSender} owns the limits and retries.
 */
@ApplicationScoped
class HttpMessagingVendor implements MessagingVendor {
    private final VendorApi api;
    private final VendorConfig config;
    private final PacedSender sender;
    private final String authorization;

    HttpMessagingVendor(VendorConfig config, VendorApiKey key) {
        this.config = config;
        this.authorization = key.authorization();
        // A batch never holds more than a second's worth of the send rate, so pacing stays smooth.
        int batchSize = config.ratePerSecond() > 0 ? Math.min(config.batchSize(), config.ratePerSecond()) : config.batchSize();
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.url()))
                .connectTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // One connection per request in flight, so the pool never becomes a second, hidden limit.
                .property(QuarkusRestClientProperties.CONNECTION_POOL_SIZE, requestsInFlight(config.concurrency(), batchSize))
                .build(VendorApi.class);
        VendorConfig.Retry retry = config.retry();
        RetryPolicy policy = new RetryPolicy(retry.maxAttempts(), retry.baseDelay(), retry.maxDelay(), retry.jitter());
        PacedSender.Transport transport = batchSize == 1 ? this::sendEach : this::sendBatch;
        this.sender = new PacedSender(transport, policy, new SendRate(config.ratePerSecond()), config.concurrency(), batchSize);
    }

    /** Full batches in flight, plus one for a partial batch or a retry of a few messages. */
    private static int requestsInFlight(int concurrency, int batchSize) {
        return concurrency / Math.max(1, Math.min(batchSize, concurrency)) + 1;
    }

    @Override
    public List<SendResult> send(List<OutgoingMessage> messages) {
        return sender.send(messages);
    }

    /** The single-message endpoint; with a batch size of 1 every "batch" holds one message. */
    private Uni<List<VendorReply>> sendEach(List<OutgoingMessage> messages) {
        return Uni.join().all(messages.stream().map(message -> api.send(authorization, request(message))
                        .ifNoItem().after(config.requestTimeout()).fail()
                        .<VendorReply>map(accepted -> new VendorReply.Accepted(accepted.vendorMessageId()))
                        .onFailure().recoverWithItem(HttpMessagingVendor::toReply))
                .toList()).andFailFast();
    }

    /** A failure of the whole request (timeout, 5xx, 429) is every message's reply. */
    private Uni<List<VendorReply>> sendBatch(List<OutgoingMessage> messages) {
        List<VendorApi.VendorRequest> requests = messages.stream().map(this::request).toList();
        return api.sendBatch(authorization, new VendorApi.BatchRequest(requests))
                .ifNoItem().after(config.requestTimeout()).fail()
                .map(reply -> replies(messages, reply))
                .onFailure().recoverWithItem(failure -> {
                    VendorReply reply = toReply(failure);
                    return messages.stream().map(m -> reply).toList();
                });
    }

    /** Results are matched by message id; one the vendor left out may or may not have been taken, like a timeout. */
    private static List<VendorReply> replies(List<OutgoingMessage> messages, VendorApi.BatchReply reply) {
        Map<Long, VendorApi.ItemResult> byId = new HashMap<>();
        if (reply != null && reply.results() != null) {
            reply.results().forEach(result -> byId.put(result.messageId(), result));
        }
        List<VendorReply> replies = new ArrayList<>(messages.size());
        for (OutgoingMessage message : messages) {
            VendorApi.ItemResult result = byId.get(message.messageId());
            if (result == null) {
                replies.add(new VendorReply.Unreachable("no result for it in the batch answer"));
            } else if (result.status() / 100 == 2 && result.vendorMessageId() != null) {
                replies.add(new VendorReply.Accepted(result.vendorMessageId()));
            } else {
                replies.add(new VendorReply.Rejected(result.status(), result.error()));
            }
        }
        return replies;
    }

    private VendorApi.VendorRequest request(OutgoingMessage message) {
        return new VendorApi.VendorRequest(
                message.messageId(), message.channel().name(), message.recipient(), message.body(), config.callbackUrl(),
                message.subject());
    }

    private static VendorReply toReply(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            return new VendorReply.Rejected(web.getResponse().getStatus(), web.getResponse().getStatusInfo().getReasonPhrase());
        }
        if (failure instanceof TimeoutException) {
            return new VendorReply.Unreachable("no answer in time");
        }
        return new VendorReply.Unreachable(failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }
}
