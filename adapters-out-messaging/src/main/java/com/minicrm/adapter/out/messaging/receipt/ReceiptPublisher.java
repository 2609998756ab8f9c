package com.minicrm.adapter.out.messaging.receipt;

import com.minicrm.adapter.out.messaging.broker.BrokerConnections;
import com.minicrm.adapter.out.messaging.broker.ConfirmedPublish;
import com.minicrm.adapter.out.messaging.broker.ConfirmingPublisher;
import com.minicrm.application.port.out.ReceiptQueue;
import com.minicrm.domain.campaign.DeliveryOutcome;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Puts the verified receipts of one callback on the durable receipts queue as one message; returns once the broker confirmed. */
@ApplicationScoped
class ReceiptPublisher implements ReceiptQueue {
    private final ConfirmingPublisher broker;
    private final Duration confirmTimeout;

    ReceiptPublisher(
            BrokerConnections connections,
            @ConfigProperty(name = "crm.delivery.confirm-timeout", defaultValue = "PT30S") Duration confirmTimeout) {
        this.broker = new ConfirmingPublisher(connections, "delivery-receipts", "crm.delivery", "direct");
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public CompletionStage<Void> publish(List<DeliveryOutcome> receipts) {
        return ConfirmedPublish.one(broker, "receipts", ReceiptJson.toJson(receipts), confirmTimeout);
    }

    @PreDestroy
    void close() {
        broker.close();
    }
}
