package com.minicrm.adapter.out.messaging.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.out.QueueUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class UnconfirmedTest {
    private final Unconfirmed unconfirmed = new Unconfirmed();
    private final List<CompletableFuture<Void>> publishes = new ArrayList<>();

    private void publish(int count) {
        for (int i = 1; i <= count; i++) {
            CompletableFuture<Void> confirm = new CompletableFuture<>();
            unconfirmed.add(i, confirm);
            publishes.add(confirm);
        }
    }

    @Test
    void aMultipleConfirmSettlesEveryPublishUpToItsSequenceNumberAndNoLaterOne() {
        publish(5);

        unconfirmed.confirmed(3, true);

        assertThat(publishes.subList(0, 3)).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(publishes.subList(3, 5)).noneMatch(CompletableFuture::isDone);
        assertThat(unconfirmed.size()).isEqualTo(2);
    }

    @Test
    void aSingleNackFailsOnlyItsOwnPublish() {
        publish(3);

        unconfirmed.refused(2, false);

        assertThat(publishes.get(1)).isCompletedExceptionally();
        assertThatFailureOf(publishes.get(1)).isInstanceOf(QueueUnavailableException.class).hasMessageContaining("nack");
        assertThat(publishes.get(0)).isNotDone();
        assertThat(publishes.get(2)).isNotDone();
    }

    @Test
    void whenTheChannelIsLostEveryWaitingPublishFailsAtOnceAndLateConfirmsChangeNothing() {
        publish(4);
        unconfirmed.confirmed(1, false);

        unconfirmed.lost("connection reset");
        unconfirmed.confirmed(4, true);

        assertThat(publishes.get(0)).isCompleted();
        assertThat(publishes.subList(1, 4)).allMatch(CompletableFuture::isCompletedExceptionally);
        assertThatFailureOf(publishes.get(3)).hasMessageContaining("connection reset");
        assertThat(unconfirmed.size()).isZero();
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertThatFailureOf(CompletableFuture<Void> failed) {
        try {
            failed.join();
            throw new AssertionError("not failed");
        } catch (CompletionException e) {
            return assertThat(e.getCause());
        }
    }
}
