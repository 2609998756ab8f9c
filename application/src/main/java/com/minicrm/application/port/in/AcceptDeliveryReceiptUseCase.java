package com.minicrm.application.port.in;

import com.minicrm.domain.campaign.DeliveryOutcome;
import java.util.concurrent.CompletionStage;

/** Takes one verified vendor receipt and queues it; applying it happens later, in batches. */
public interface AcceptDeliveryReceiptUseCase {
    /** Completes once the receipt is safely queued. */
    CompletionStage<Void> accept(DeliveryOutcome receipt);
}
