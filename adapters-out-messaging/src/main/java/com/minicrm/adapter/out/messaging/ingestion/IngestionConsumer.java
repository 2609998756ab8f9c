package com.minicrm.adapter.out.messaging.ingestion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.out.messaging.broker.DeliveryChannels;
import com.minicrm.application.port.in.StoreIngestedBatchesUseCase;
import com.minicrm.domain.ingestion.IngestionBatch;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Takes ingestion messages off the queue in groups (up to N messages or T ms), has them stored,
 * and acknowledges each one only after the transaction that holds it has committed.
 */
@ApplicationScoped
class IngestionConsumer {
    private static final Logger LOG = Logger.getLogger(IngestionConsumer.class);

    private final Multi<Message<byte[]>> messages;
    private final ObjectMapper mapper;
    private final DeadLetters deadLetters;
    private final ConsumerSettings settings;
    private final GroupWriter writer;
    private final DeliveryChannels deliveries;
    private final Counter parkedMessages;
    private final Counter parkedItems;
    private volatile boolean stopping;

    IngestionConsumer(
            @Channel("ingestion-in") Multi<Message<byte[]>> messages,
            StoreIngestedBatchesUseCase store,
            ObjectMapper mapper,
            DeadLetters deadLetters,
            DeliveryChannels deliveries,
            ConsumerSettings settings,
            MeterRegistry registry) {
        this.deliveries = deliveries;
        this.messages = messages;
        this.mapper = mapper;
        this.deadLetters = deadLetters;
        this.settings = settings;
        this.writer = new GroupWriter(store, settings.attempts(), settings.maxItemsPerTransaction(),
                settings.maxBackoff().toMillis(), IngestionConsumer::pause, () -> stopping);
        this.parkedMessages = parked(registry, "message");
        this.parkedItems = parked(registry, "item");
    }

    private static Counter parked(MeterRegistry registry, String unit) {
        return Counter.builder("crm.ingestion.parked")
                .description("Ingestion messages, or single customers and orders of one, put in the dead-letter queue")
                .tag("unit", unit).register(registry);
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
        List<GroupWriter.Item> readable = new ArrayList<>();
        for (Message<byte[]> message : group) {
            try {
                IngestionMessage wire = mapper.readValue(message.getPayload(), IngestionMessage.class);
                readable.add(new GroupWriter.Item(wire.toBatch(), fateOf(message)));
            } catch (Exception unreadable) {
                fateOf(message).park("unreadable message: " + unreadable.getMessage());
            }
        }
        writer.write(readable);
    }

    private GroupWriter.Fate fateOf(Message<byte[]> message) {
        return new GroupWriter.Fate() {
            @Override
            public void stored() {
                deliveries.ack(message);
            }

            @Override
            public void park(String reason) {
                LOG.errorf("dead-lettering an ingestion message: %s", reason);
                try {
                    deadLetters.park(message.getPayload(), reason);
                    parkedMessages.increment();
                    deliveries.ack(message);
                } catch (RuntimeException e) {
                    LOG.error("could not dead-letter; returning the message to the queue", e);
                    giveBack(e);
                }
            }

            @Override
            public void parkItem(IngestionBatch item, String reason) {
                IngestionMessage alone = IngestionMessage.from(item);
                String externalId = alone.customers() != null
                        ? alone.customers().get(0).externalId() : alone.orders().get(0).externalId();
                LOG.errorf("dead-lettering %s %s of request %s, storing the rest of it: %s",
                        alone.kind(), externalId, item.requestId(), reason);
                try {
                    deadLetters.park(mapper.writeValueAsBytes(alone), reason);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                parkedItems.increment();
            }

            @Override
            public void giveBack(RuntimeException failure) {
                deliveries.requeue(message, failure);
            }
        };
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
