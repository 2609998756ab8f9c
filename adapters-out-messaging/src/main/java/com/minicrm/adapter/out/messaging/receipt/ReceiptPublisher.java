package com.minicrm.adapter.out.messaging.receipt;

import com.minicrm.adapter.out.messaging.broker.ConfirmedPublish;
import com.minicrm.application.port.out.ReceiptQueue;
import com.minicrm.domain.campaign.DeliveryOutcome;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Puts the verified receipts of one callback on the durable receipts queue as one message; returns once the broker confirmed. */
@ApplicationScoped
class ReceiptPublisher implements ReceiptQueue {
    private final Emitter<JsonObject> emitter;
    private final Duration confirmTimeout;

    ReceiptPublisher(
            @Channel("delivery-receipts-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
                    Emitter<JsonObject> emitter,
            @ConfigProperty(name = "crm.delivery.confirm-timeout", defaultValue = "PT30S") Duration confirmTimeout) {
        this.emitter = emitter;
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public CompletionStage<Void> publish(List<DeliveryOutcome> receipts) {
        return ConfirmedPublish.one(emitter, ReceiptJson.toJson(receipts), confirmTimeout);
    }
}
