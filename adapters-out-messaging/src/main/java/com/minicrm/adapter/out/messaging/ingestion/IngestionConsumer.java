package com.minicrm.adapter.out.messaging.ingestion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.application.port.in.StoreIngestedBatchesUseCase;
import com.minicrm.domain.ingestion.IngestionBatch;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Takes ingestion messages off the queue in groups (up to N messages or T ms) and stores each
 * group in one transaction, acknowledging only after the commit. While the database is
 * unreachable it keeps the group and retries; a message whose own data fails is retried alone a
 * few times and then parked in the dead-letter queue with the reason, so it never blocks the rest.
 */
@ApplicationScoped
class IngestionConsumer {
    private static final Logger LOG = Logger.getLogger(IngestionConsumer.class);

    private record Received(Message<byte[]> message, IngestionBatch batch) {}

    private final Multi<Message<byte[]>> messages;
    private final StoreIngestedBatchesUseCase store;
    private final ObjectMapper mapper;
    private final DeadLetters deadLetters;
    private final ConsumerSettings settings;
    private volatile boolean stopping;

    IngestionConsumer(
            @Channel("ingestion-in") Multi<Message<byte[]>> messages,
            StoreIngestedBatchesUseCase store,
            ObjectMapper mapper,
            DeadLetters deadLetters,
            ConsumerSettings settings) {
        this.messages = messages;
        this.store = store;
        this.mapper = mapper;
        this.deadLetters = deadLetters;
        this.settings = settings;
    }

    void start(@Observes StartupEvent event) {
        messages.group().intoLists().of(settings.batchSize(), settings.maxWait())
                // Without a buffer a timed flush that finds the writer busy fails the whole stream.
                .onOverflow().buffer(256)
                .onItem().transformToUniAndConcatenate(group -> Uni.createFrom().item(() -> {
                            handle(group);
                            return group.size();
                        })
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .subscribe().with(
                        stored -> {},
                        failure -> LOG.error("the ingestion consumer stopped", failure));
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private void handle(List<Message<byte[]>> group) {
        List<Received> readable = new ArrayList<>();
        for (Message<byte[]> message : group) {
            try {
                IngestionMessage wire = mapper.readValue(message.getPayload(), IngestionMessage.class);
                readable.add(new Received(message, wire.toBatch()));
            } catch (Exception unreadable) {
                park(message, "unreadable message: " + unreadable.getMessage());
            }
        }
        if (readable.isEmpty()) {
            return;
        }
        RuntimeException failure = storeUntilNotTransient(readable);
        if (failure == null) {
            readable.forEach(r -> r.message().ack());
            return;
        }
        LOG.warnf("a group of %d messages failed (%s); storing them one by one", readable.size(), failure.getMessage());
        for (Received one : readable) {
            storeAlone(one);
        }
    }

    private void storeAlone(Received one) {
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            failure = storeUntilNotTransient(List.of(one));
            if (failure == null) {
                one.message().ack();
                return;
            }
        }
        park(one.message(), "failed " + settings.attempts() + " times: " + failure);
    }

    /** Returns null once stored, or the failure that retrying cannot cure. */
    private RuntimeException storeUntilNotTransient(List<Received> received) {
        long pauseMillis = 100;
        while (true) {
            try {
                store.store(received.stream().map(Received::batch).toList());
                return null;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    return e;
                }
                if (stopping) {
                    // Shutting down: hand the messages back so another consumer takes them.
                    received.forEach(r -> r.message().nack(e, Metadata.of(new RabbitMQRejectMetadata(true))));
                    throw e;
                }
                LOG.warnf("storage unavailable (%s); retrying in %d ms", e.getMessage(), pauseMillis);
                pause(pauseMillis);
                pauseMillis = Math.min(settings.maxBackoff().toMillis(), pauseMillis * 2);
            }
        }
    }

    private void park(Message<byte[]> message, String reason) {
        LOG.errorf("dead-lettering an ingestion message: %s", reason);
        try {
            deadLetters.park(message.getPayload(), reason);
            message.ack();
        } catch (RuntimeException e) {
            LOG.error("could not dead-letter; returning the message to the queue", e);
            message.nack(e, Metadata.of(new RabbitMQRejectMetadata(true)));
        }
    }

    private static void pause(long millis) {
        try {
            // A worker thread waits out the outage; the messages stay unacknowledged meanwhile.
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for storage", e);
        }
    }
}
