package com.minicrm.application.port.in;

import com.minicrm.domain.customer.CustomerDraft;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Accepts customers from a brand: validates them all, then queues them for storage. */
public interface IngestCustomersUseCase {
    /**
     * Completes once the queue has durably taken the whole request, or fails with {@link
     * RetryLaterException}; throws {@code InvalidInputException} before queueing anything.
     */
    CompletionStage<IngestionAccepted> ingestCustomers(List<CustomerDraft> customers, String listField);
}
