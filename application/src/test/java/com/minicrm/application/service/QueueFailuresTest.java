package com.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.minicrm.application.port.in.RetryLaterException;
import com.minicrm.application.port.out.QueueUnavailableException;
import com.minicrm.domain.customer.OrderDraft;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The ingestion and receipt use cases report a queue that did not confirm as their own RetryLaterException. */
class QueueFailuresTest {
    private static final QueueUnavailableException UNCONFIRMED = new QueueUnavailableException("no confirm", new IllegalStateException("nack"));

    @Test
    void aQueueThatFailsItsStageBecomesRetryLater() {
        var service = new IngestOrdersService(batch -> CompletableFuture.failedFuture(UNCONFIRMED));
        Throwable thrown = catchThrowable(() -> service.ingestOrders(List.of(order()), "orders").toCompletableFuture().join());
        assertThat(thrown).isInstanceOf(CompletionException.class).cause().isInstanceOf(RetryLaterException.class)
                .hasMessage("no confirm").cause().isSameAs(UNCONFIRMED.getCause());
    }

    @Test
    void aQueueThatThrowsAtOnceBecomesRetryLater() {
        var service = new AcceptDeliveryReceiptService(receipts -> {
            throw UNCONFIRMED;
        });
        Throwable thrown = catchThrowable(() -> service.accept(List.of()).toCompletableFuture().join());
        assertThat(thrown).isInstanceOf(CompletionException.class).cause().isInstanceOf(RetryLaterException.class);
    }

    @Test
    void otherFailuresAndSuccessPassThroughUnchanged() {
        IllegalStateException bug = new IllegalStateException("a bug");
        var failing = new IngestOrdersService(batch -> CompletableFuture.failedFuture(bug));
        assertThat(catchThrowable(() -> failing.ingestOrders(List.of(order()), "orders").toCompletableFuture().join()))
                .isInstanceOf(CompletionException.class).cause().isSameAs(bug);
        var working = new IngestOrdersService(batch -> CompletableFuture.completedFuture(null));
        assertThat(working.ingestOrders(List.of(order()), "orders").toCompletableFuture().join().accepted()).isEqualTo(1);
    }

    private static OrderDraft order() {
        return new OrderDraft("o-1", "c-1", new BigDecimal("499.00"), Instant.parse("2025-03-01T18:30:00Z"), null, List.of());
    }
}
