package com.minicrm.adapter.out.messaging.broker;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Acknowledges or rejects a whole list of messages, once the work they carried is committed or not. */
public final class BatchAck {
    private BatchAck() {}

    public static Uni<Void> ackAll(List<? extends Message<?>> messages) {
        return Uni.join().all(messages.stream().map(m -> Uni.createFrom().completionStage(m.ack())).toList())
                .andCollectFailures()
                .replaceWithVoid();
    }

    public static Uni<Void> nackAll(List<? extends Message<?>> messages, Throwable reason) {
        return Uni.join().all(messages.stream().map(m -> Uni.createFrom().completionStage(m.nack(reason))).toList())
                .andCollectFailures()
                .replaceWithVoid();
    }
}
