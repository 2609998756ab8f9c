package com.minicrm.adapter.out.messaging.ingestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.out.messaging.broker.ConfirmedPublish;
import com.minicrm.application.port.out.IngestionQueue;
import com.minicrm.application.port.out.QueueUnavailableException;
import com.minicrm.domain.ingestion.IngestionBatch;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes each request as one persistent message and completes only on the broker's confirm
 * (the channel runs with publisher confirms), so a 202 always means the broker holds the data.
 *
 * <p>When the broker falls behind, at most {@code crm.ingestion.max-unconfirmed} messages wait for
 * its confirm; a request beyond that is refused at once (503, safe to retry) instead of holding its
 * connection until the confirm timeout. Without that bound an overloaded broker turned every client
 * retry into one more open socket, until the app ran out of file descriptors.
 */
@ApplicationScoped
class IngestionPublisher implements IngestionQueue {
    private final Emitter<byte[]> emitter;
    private final ObjectMapper mapper;
    private final Duration confirmTimeout;
    private final int maxUnconfirmed;
    private final AtomicInteger unconfirmed = new AtomicInteger();

    IngestionPublisher(
            @Channel("ingestion-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) Emitter<byte[]> emitter,
            ObjectMapper mapper,
            @ConfigProperty(name = "crm.ingestion.confirm-timeout", defaultValue = "5s") Duration confirmTimeout,
            @ConfigProperty(name = "crm.ingestion.max-unconfirmed", defaultValue = "2000") int maxUnconfirmed) {
        this.emitter = emitter;
        this.mapper = mapper;
        this.confirmTimeout = confirmTimeout;
        this.maxUnconfirmed = maxUnconfirmed;
    }

    @Override
    public CompletionStage<Void> publish(IngestionBatch batch) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(IngestionMessage.from(batch));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated batch must serialise", e);
        }
        if (unconfirmed.incrementAndGet() > maxUnconfirmed) {
            unconfirmed.decrementAndGet();
            return CompletableFuture.failedFuture(new QueueUnavailableException(
                    "the broker is behind: " + maxUnconfirmed + " messages await its confirm", null));
        }
        var metadata = OutgoingRabbitMQMetadata.builder().withMessageId(batch.requestId());
        return ConfirmedPublish.one(emitter, body, metadata, confirmTimeout).whenComplete((confirmed, failure) -> unconfirmed.decrementAndGet());
    }
}
