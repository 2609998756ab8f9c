package com.minicrm.application.service;

import com.minicrm.application.port.in.RetryLaterException;
import com.minicrm.application.port.out.QueueUnavailableException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Turns the outgoing queue's failure into the use cases' own, so callers never see an outgoing port. */
final class QueueFailures {
    private QueueFailures() {}

    static <T> CompletionStage<T> retryLaterOnFailure(Supplier<CompletionStage<T>> publish) {
        CompletionStage<T> stage;
        try {
            stage = publish.get();
        } catch (QueueUnavailableException e) {
            return CompletableFuture.failedFuture(retryLater(e));
        }
        return stage.handle((value, failure) -> {
            if (failure == null) {
                return value;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof QueueUnavailableException unavailable) {
                throw retryLater(unavailable);
            }
            throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
        });
    }

    private static RetryLaterException retryLater(QueueUnavailableException e) {
        return new RetryLaterException(e.getMessage(), e.getCause());
    }
}
