package com.minicrm.adapter.out.messaging.delivery;

import com.minicrm.adapter.out.messaging.broker.BrokerConnections;
import com.minicrm.adapter.out.messaging.broker.ConfirmedPublish;
import com.minicrm.adapter.out.messaging.broker.ConfirmingPublisher;
import com.minicrm.application.port.out.DeliveryQueue;
import com.minicrm.domain.campaign.DeliveryJob;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Puts delivery jobs on the durable jobs queue, which every instance's workers compete for. */
@ApplicationScoped
class DeliveryJobPublisher implements DeliveryQueue {
    private final ConfirmingPublisher broker;
    private final Duration confirmTimeout;

    DeliveryJobPublisher(
            BrokerConnections connections,
            @ConfigProperty(name = "crm.delivery.confirm-timeout", defaultValue = "PT30S") Duration confirmTimeout) {
        this.broker = new ConfirmingPublisher(connections, "delivery-jobs", "crm.delivery", "direct");
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public void enqueue(List<DeliveryJob> jobs) {
        ConfirmedPublish.all(broker, "jobs", jobs.stream().map(DeliveryJobJson::toJson).toList(), confirmTimeout);
    }

    @PreDestroy
    void close() {
        broker.close();
    }
}
