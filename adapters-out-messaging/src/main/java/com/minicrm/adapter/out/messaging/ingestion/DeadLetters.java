package com.minicrm.adapter.out.messaging.ingestion;

import com.minicrm.adapter.out.messaging.broker.ConfirmedPublish;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Parks a message that cannot be stored in the dead-letter queue, with the reason in its headers
 * (a broker nack cannot carry one). Returns only once the broker has confirmed the copy.
 */
@ApplicationScoped
class DeadLetters {
    static final String REASON_HEADER = "x-crm-failure-reason";
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

    private final Emitter<byte[]> emitter;
    private final Clock clock;

    DeadLetters(@Channel("ingestion-dead-letter") Emitter<byte[]> emitter, Clock clock) {
        this.emitter = emitter;
        this.clock = clock;
    }

    void park(byte[] body, String reason) {
        var metadata = OutgoingRabbitMQMetadata.builder()
                .withHeader(REASON_HEADER, reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                .withHeader("x-crm-failed-at", clock.instant().toString());
        ConfirmedPublish.one(emitter, body, metadata, CONFIRM_TIMEOUT).join();
    }
}
