package com.minicrm.adapter.out.messaging.delivery;

import com.minicrm.adapter.out.messaging.broker.DeliveryChannels;
import com.minicrm.application.port.in.DeliverMessagesUseCase;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Runs delivery jobs from the queue, several at a time on worker threads, because a job spends
 * most of its time waiting for the vendor. A job is acknowledged only after its results are
 * committed; a redelivered job is harmless because the worker claims rows before sending.
 */
@ApplicationScoped
class DeliveryJobConsumer {
    private static final Logger LOG = Logger.getLogger(DeliveryJobConsumer.class);
    private final Multi<Message<JsonObject>> jobs;
    private final DeliverMessagesUseCase deliver;
    private final int concurrency;
    private final DeliveryChannels deliveries;

    DeliveryJobConsumer(
            @Channel("delivery-jobs-in") Multi<Message<JsonObject>> jobs,
            DeliverMessagesUseCase deliver,
            DeliveryChannels deliveries,
            @ConfigProperty(name = "crm.delivery.concurrent-jobs", defaultValue = "8") int concurrency) {
        this.jobs = jobs;
        this.deliver = deliver;
        this.concurrency = concurrency;
        this.deliveries = deliveries;
    }

    void start(@Observes StartupEvent event) {
        jobs.onItem()
                .transformToUni(this::run)
                .merge(concurrency)
                .subscribe()
                .with(done -> {}, failure -> LOG.error("delivery job stream stopped", failure));
    }

    private Uni<Void> run(Message<JsonObject> message) {
        return Uni.createFrom()
                .item(() -> deliver.deliver(DeliveryJobJson.fromJson(message.getPayload())))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(sent -> Uni.createFrom().completionStage(deliveries.ack(message)))
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf(failure, "delivery job %s failed; returning it to the queue", message.getPayload());
                    return Uni.createFrom().completionStage(deliveries.requeue(message, failure));
                });
    }
}
