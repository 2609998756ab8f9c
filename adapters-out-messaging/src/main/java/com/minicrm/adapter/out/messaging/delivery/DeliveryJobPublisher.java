package com.minicrm.adapter.out.messaging.delivery;

import com.minicrm.adapter.out.messaging.broker.ConfirmedPublish;
import com.minicrm.application.port.out.DeliveryQueue;
import com.minicrm.domain.campaign.DeliveryJob;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Puts delivery jobs on the durable jobs queue, which every instance's workers compete for. */
@ApplicationScoped
class DeliveryJobPublisher implements DeliveryQueue {
    private final Emitter<JsonObject> emitter;
    private final Duration confirmTimeout;

    DeliveryJobPublisher(
            @Channel("delivery-jobs-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
                    Emitter<JsonObject> emitter,
            @ConfigProperty(name = "crm.delivery.confirm-timeout", defaultValue = "PT30S") Duration confirmTimeout) {
        this.emitter = emitter;
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public void enqueue(List<DeliveryJob> jobs) {
        ConfirmedPublish.all(emitter, jobs.stream().map(DeliveryJobJson::toJson).toList(), confirmTimeout);
    }
}
