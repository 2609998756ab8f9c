package com.minicrm.adapter.out.messaging.ingestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.out.messaging.broker.BrokerConnections;
import com.minicrm.adapter.out.messaging.broker.ConfirmedPublish;
import com.minicrm.adapter.out.messaging.broker.ConfirmedSend;
import com.minicrm.adapter.out.messaging.broker.ConfirmingPublisher;
import com.minicrm.application.port.out.IngestionQueue;
import com.minicrm.application.port.out.QueueUnavailableException;
import com.minicrm.domain.ingestion.IngestionBatch;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    static final String EXCHANGE = "crm.ingestion";
    static final String ROUTING_KEY = "ingest";
    private final ConfirmedSend broker;
    private final ObjectMapper mapper;
    private final Duration confirmTimeout;
    private final int maxUnconfirmed;
    private final AtomicInteger unconfirmed = new AtomicInteger();

    @Inject
    IngestionPublisher(
            BrokerConnections connections,
            ObjectMapper mapper,
            @ConfigProperty(name = "crm.ingestion.confirm-timeout", defaultValue = "5s") Duration confirmTimeout,
            @ConfigProperty(name = "crm.ingestion.max-unconfirmed", defaultValue = "2000") int maxUnconfirmed) {
        this(new ConfirmingPublisher(connections, "ingestion", EXCHANGE, "direct"), mapper, confirmTimeout, maxUnconfirmed);
    }

    IngestionPublisher(ConfirmedSend broker, ObjectMapper mapper, Duration confirmTimeout, int maxUnconfirmed) {
        this.broker = broker;
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
        var properties = ConfirmedPublish.persistentJson().messageId(batch.requestId()).build();
        return broker.publish(ROUTING_KEY, properties, body, confirmTimeout).whenComplete((confirmed, failure) -> unconfirmed.decrementAndGet());
    }

    @PreDestroy
    void close() throws Exception {
        if (broker instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
