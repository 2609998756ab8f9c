package com.minicrm.adapter.out.messaging.ingestion;

import com.minicrm.adapter.out.messaging.broker.BrokerConnections;
import com.minicrm.adapter.out.messaging.broker.ConfirmedPublish;
import com.minicrm.adapter.out.messaging.broker.ConfirmingPublisher;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Parks a message that cannot be stored in the dead-letter queue, with the reason in its headers
 * (a broker nack cannot carry one). Returns only once the broker has confirmed the copy.
 */
@ApplicationScoped
class DeadLetters {
    static final String REASON_HEADER = "x-crm-failure-reason";
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

    private final ConfirmingPublisher broker;
    private final Clock clock;

    DeadLetters(BrokerConnections connections, Clock clock) {
        // The exchange the ingestion queue dead-letters to; its consumer declares it and binds crm.ingestion.dlq.
        this.broker = new ConfirmingPublisher(connections, "ingestion-dead-letter", "crm.ingestion.dlx", "direct");
        this.clock = clock;
    }

    void park(byte[] body, String reason) {
        var properties = ConfirmedPublish.persistentJson()
                .headers(Map.of(REASON_HEADER, reason.length() > 1000 ? reason.substring(0, 1000) : reason,
                        "x-crm-failed-at", clock.instant().toString()))
                .build();
        broker.publish("crm.ingestion", properties, body, CONFIRM_TIMEOUT).join();
    }

    @PreDestroy
    void close() {
        broker.close();
    }
}
