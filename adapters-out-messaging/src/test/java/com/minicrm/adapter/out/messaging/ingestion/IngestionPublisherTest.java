package com.minicrm.adapter.out.messaging.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.application.port.out.QueueUnavailableException;
import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.ingestion.IngestionBatch;
import com.rabbitmq.client.AMQP;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class IngestionPublisherTest {
    private final List<CompletableFuture<Void>> awaitingConfirm = new ArrayList<>();
    private final IngestionPublisher publisher = new IngestionPublisher(this::hold, new ObjectMapper().findAndRegisterModules(),
            Duration.ofSeconds(30), 2);

    @Test
    void refusesAtOnceWhileTheBrokerOwesTheLimitOfConfirms() {
        CompletableFuture<Void> first = publisher.publish(batch("r1")).toCompletableFuture();
        CompletableFuture<Void> second = publisher.publish(batch("r2")).toCompletableFuture();
        CompletableFuture<Void> third = publisher.publish(batch("r3")).toCompletableFuture();

        assertThat(awaitingConfirm).hasSize(2);
        assertThat(first).isNotDone();
        assertThat(second).isNotDone();
        assertThat(third).isCompletedExceptionally();
        assertThat(causeOf(third)).isInstanceOf(QueueUnavailableException.class).hasMessageContaining("2 messages await");
    }

    @Test
    void aConfirmOrARefusalFromTheBrokerFreesItsPlace() {
        CompletableFuture<Void> first = publisher.publish(batch("r1")).toCompletableFuture();
        publisher.publish(batch("r2"));
        awaitingConfirm.get(0).complete(null);
        awaitingConfirm.get(1).completeExceptionally(new QueueUnavailableException("refused", null));

        CompletableFuture<Void> third = publisher.publish(batch("r3")).toCompletableFuture();
        CompletableFuture<Void> fourth = publisher.publish(batch("r4")).toCompletableFuture();

        assertThat(first).isCompleted();
        assertThat(awaitingConfirm).hasSize(4);
        assertThat(third).isNotDone();
        assertThat(fourth).isNotDone();
        assertThat(publisher.publish(batch("r5")).toCompletableFuture()).isCompletedExceptionally();
    }

    private static Throwable causeOf(CompletableFuture<Void> failed) {
        try {
            failed.get();
            throw new AssertionError("not failed");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static IngestionBatch batch(String requestId) {
        return new IngestionBatch.Customers(requestId, List.of(new CustomerDraft("c-" + requestId, "Asha", null, null, null, null, null, null)));
    }

    /** A broker that holds every message until the test confirms or refuses it. */
    private CompletableFuture<Void> hold(String routingKey, AMQP.BasicProperties properties, byte[] body, Duration timeout) {
        CompletableFuture<Void> confirm = new CompletableFuture<>();
        awaitingConfirm.add(confirm);
        return confirm;
    }
}
