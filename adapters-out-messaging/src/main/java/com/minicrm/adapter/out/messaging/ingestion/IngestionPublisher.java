package com.minicrm.adapter.out.messaging.ingestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.out.messaging.broker.ConfirmedPublish;
import com.minicrm.application.port.out.IngestionQueue;
import com.minicrm.domain.ingestion.IngestionBatch;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes each request as one persistent message and completes only on the broker's confirm
 * (the channel runs with publisher confirms), so a 202 always means the broker holds the data.
 */
@ApplicationScoped
class IngestionPublisher implements IngestionQueue {
    private final Emitter<byte[]> emitter;
    private final ObjectMapper mapper;
    private final Duration confirmTimeout;

    IngestionPublisher(
            @Channel("ingestion-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) Emitter<byte[]> emitter,
            ObjectMapper mapper,
            @ConfigProperty(name = "crm.ingestion.confirm-timeout", defaultValue = "5s") Duration confirmTimeout) {
        this.emitter = emitter;
        this.mapper = mapper;
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public CompletionStage<Void> publish(IngestionBatch batch) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(IngestionMessage.from(batch));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated batch must serialise", e);
        }
        var metadata = OutgoingRabbitMQMetadata.builder().withMessageId(batch.requestId());
        return ConfirmedPublish.one(emitter, body, metadata, confirmTimeout);
    }
}
