package com.minicrm.adapter.out.messaging.receipt;

import com.minicrm.adapter.out.messaging.broker.DeliveryChannels;
import com.minicrm.application.port.in.ApplyDeliveryReceiptsUseCase;
import com.minicrm.domain.campaign.DeliveryOutcome;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Applies receipts in batches: queue messages are gathered for up to N messages or T ms, whichever
 * comes first, and their receipts applied in transactions of at most N receipts, since one message
 * may carry a whole callback's worth. Then every message is acknowledged, or all are returned if any
 * transaction failed; applying a receipt twice changes nothing, so a partial batch may be redone.
 */
@ApplicationScoped
class ReceiptBatchConsumer {
    private static final Logger LOG = Logger.getLogger(ReceiptBatchConsumer.class);
    private final Multi<Message<JsonObject>> receipts;
    private final ApplyDeliveryReceiptsUseCase apply;
    private final int batchSize;
    private final Duration maxWait;
    private final DeliveryChannels deliveries;

    ReceiptBatchConsumer(
            @Channel("delivery-receipts-in") Multi<Message<JsonObject>> receipts,
            ApplyDeliveryReceiptsUseCase apply,
            DeliveryChannels deliveries,
            @ConfigProperty(name = "crm.receipts.batch-size", defaultValue = "1000") int batchSize,
            @ConfigProperty(name = "crm.receipts.max-wait", defaultValue = "PT0.2S") Duration maxWait) {
        this.receipts = receipts;
        this.apply = apply;
        this.batchSize = batchSize;
        this.maxWait = maxWait;
        this.deliveries = deliveries;
    }

    void start(@Observes StartupEvent event) {
        receipts.group().intoLists().of(batchSize, maxWait)
                // Without a buffer the timed flush fails the stream when the worker lags behind.
                .onOverflow().buffer(64)
                .onItem().transformToUniAndConcatenate(this::applyBatch)
                .subscribe()
                .with(done -> {}, failure -> LOG.error("receipt stream stopped", failure));
    }

    private Uni<Void> applyBatch(List<Message<JsonObject>> batch) {
        List<DeliveryOutcome> outcomes = readable(batch);
        return Uni.createFrom()
                .item(() -> applyInTransactionsOfBatchSize(outcomes))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().invoke(applied -> deliveries.ackAll(batch))
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf(failure, "a batch of %d receipts in %d messages failed; returning it to the queue",
                            outcomes.size(), batch.size());
                    deliveries.requeueAll(batch, failure);
                    return Uni.createFrom().voidItem();
                });
    }

    private int applyInTransactionsOfBatchSize(List<DeliveryOutcome> outcomes) {
        for (int from = 0; from < outcomes.size(); from += batchSize) {
            apply.apply(outcomes.subList(from, Math.min(outcomes.size(), from + batchSize)));
        }
        return outcomes.size();
    }

    /** Receipts were validated before they were queued; one that no longer reads is logged and dropped. */
    private static List<DeliveryOutcome> readable(List<Message<JsonObject>> batch) {
        List<DeliveryOutcome> outcomes = new ArrayList<>(batch.size());
        for (Message<JsonObject> message : batch) {
            try {
                outcomes.addAll(ReceiptJson.fromJson(message.getPayload()));
            } catch (RuntimeException e) {
                LOG.errorf("dropping unreadable receipt %s: %s", message.getPayload(), e.getMessage());
            }
        }
        return outcomes;
    }
}
