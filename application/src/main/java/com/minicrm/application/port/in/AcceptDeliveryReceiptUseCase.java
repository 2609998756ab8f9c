package com.minicrm.application.port.in;

import com.minicrm.domain.campaign.DeliveryOutcome;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Takes the verified receipts of one vendor callback and queues them; applying them happens later, in batches. */
public interface AcceptDeliveryReceiptUseCase {
    /** Completes once all the receipts are safely queued. */
    CompletionStage<Void> accept(List<DeliveryOutcome> receipts);
}
